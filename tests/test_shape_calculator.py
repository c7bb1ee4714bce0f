"""The shape calculator's JavaScript gives TensorFlow's answer on a grid of settings.

The grid runs once through the calculator's `compute` under node (one process, JSON
in and out) and once through real Keras layers called on a symbolic input. Every
setting must agree on validity; valid ones on output shape and parameter count,
invalid ones on the error type, and the message the page shows must be the start
of the message TensorFlow raises. Adaptive pooling settings that Keras accepts on a
symbolic input but not on real data (the calculator marks them `unchecked`) are also
called on an array: marked ones must fail there or give another shape, the rest not.
"""

import itertools
import json
import re
import shutil
import subprocess

import pytest

from docs_tools.paths import ROOT

CALCULATOR = ROOT / "docs/assets/javascripts/shape-calculator.js"
RANKS = {"Conv1D": 1, "Conv2D": 2, "Conv3D": 3}
# The other convolutions: transposed, separable, depthwise (no `filters`).
OTHERS = {f"Conv{rank}DTranspose": rank for rank in (1, 2, 3)}
OTHERS.update({f"SeparableConv{rank}D": rank for rank in (1, 2)})
OTHERS.update({f"DepthwiseConv{rank}D": rank for rank in (1, 2)})
POOLS = [f"{kind}Pooling{rank}D" for kind in ("Max", "Average") for rank in (1, 2, 3)]
GLOBALS = [f"Global{kind}Pooling{rank}D" for kind in ("Max", "Average") for rank in (1, 2, 3)]
ADAPTIVES = [f"Adaptive{kind}Pooling{rank}D" for kind in ("Max", "Average") for rank in (1, 2, 3)]
SPATIAL = {1: [[9], [3]], 2: [[9, 6], [3, 8]], 3: [[6, 5, 4], [3, 7, 2]]}


def setting(
    layer, spatial, kernel, strides=None, padding="valid", dilation=1, filters=4, multiplier=1
):
    return {
        "layer": layer,
        "input_shape": [*spatial, 3],
        "filters": filters,
        "kernel_size": kernel,
        "strides": strides,
        "padding": padding,
        "dilation_rate": dilation,
        "depth_multiplier": multiplier,
    }


def grid() -> list[dict]:
    """Deterministic settings: every combination of a few values, then edge cases."""
    found = []
    for layer, rank in RANKS.items():
        for spatial, kernel, strides, padding, dilation in itertools.product(
            SPATIAL[rank], [1, 3, 4], [1, 2], ["valid", "same", "causal"], [1, 2]
        ):
            found.append(setting(layer, spatial, kernel, strides, padding, dilation))
        spatial = SPATIAL[rank][0]
        mixed = [rank - i for i in range(rank)]  # a different size on each axis
        found += [
            setting(layer, spatial, mixed, mixed, "valid"),
            setting(layer, spatial, mixed, 1, "same", mixed),
            setting(layer, spatial, 3, [1] * (rank - 1) + [2], "valid", [2] + [1] * (rank - 1)),
            setting(layer, spatial, [3] * (rank + 1)),  # a tuple too long
            setting(layer, spatial, 3, [2] * (rank + 1)),
            setting(layer, spatial, 3, 1, "valid", [1] * (rank + 1)),
            setting(layer, spatial, 0),
            setting(layer, spatial, -2),
            setting(layer, spatial, 3, 0),
            setting(layer, spatial, 3, 1, "valid", 0),
            setting(layer, spatial, 3, filters=0),
            setting(layer, spatial, 3, filters=-1, padding="causal"),
            setting(layer, spatial[:-1], 1),  # one axis too few
            setting(layer, [*spatial, 4], 1),  # one axis too many
            setting(layer, [9] * 4, 3),
        ]
    for layer, rank in OTHERS.items():
        for spatial, kernel, strides, padding, dilation in itertools.product(
            SPATIAL[rank], [1, 3, 4], [1, 2], ["valid", "same"], [1, 2]
        ):
            multiplier = 2 if kernel == 3 else 1
            found.append(setting(layer, spatial, kernel, strides, padding, dilation, 4, multiplier))
        spatial = SPATIAL[rank][0]
        mixed = [rank - i for i in range(rank)]
        found += [
            setting(layer, spatial, mixed, mixed, "same"),
            setting(layer, spatial, 3, 1, "causal"),
            setting(layer, spatial, 0),
            setting(layer, spatial, 3, 0),
            setting(layer, spatial, 3, filters=0),
            setting(layer, spatial, 3, multiplier=0),
            setting(layer, spatial[:-1], 1),
            setting(layer, [*spatial, 4], 1),
        ]
    for layer in POOLS:
        rank = int(layer[-2])
        for spatial, size, strides, padding in itertools.product(
            SPATIAL[rank], [1, 2, 4], [None, 1, 3], ["valid", "same"]
        ):
            found.append(setting(layer, spatial, size, strides, padding))
        spatial = SPATIAL[rank][0]
        mixed = [rank - i for i in range(rank)]
        found += [
            setting(layer, spatial, mixed),
            setting(layer, spatial, mixed, 1, "same"),
            setting(layer, spatial, 2, None, "causal"),
            setting(layer, spatial, 2, 0),
            setting(layer, spatial, 2, 0, "same"),
            setting(layer, spatial, 2, [1] * (rank - 1) + [0]),
            setting(layer, spatial, 2, -1),
            setting(layer, spatial, 0),
            setting(layer, spatial, [2] * (rank + 1)),
            setting(layer, spatial[:-1], 1),
            setting(layer, [*spatial, 4], 1),
            setting(layer, [20] * rank, 30, None, "same"),
        ]
    found += global_grid() + adaptive_grid()
    return found


def global_grid() -> list[dict]:
    found = []
    for layer in GLOBALS:
        rank = int(layer[-2])
        for spatial, keepdims in itertools.product(SPATIAL[rank], [False, True]):
            found += [
                {"layer": layer, "input_shape": [*spatial, 3], "keepdims": keepdims},
                {"layer": layer, "input_shape": [*spatial[:-1], 3], "keepdims": keepdims},
                {"layer": layer, "input_shape": [*spatial, 4, 3], "keepdims": keepdims},
            ]
    return found


def adaptive_grid() -> list[dict]:
    """Sizes that divide the input's axes and sizes that do not, larger than them,
    0, negative, tuples of every length, on inputs of the right rank and not."""
    found = []
    for layer in ADAPTIVES:
        rank = int(layer[-2])
        sizes = [1, 2, 3, 4, 7, 12, 0, -1, [3] * rank, [2, 5, 1][:rank], [0, 2, 2][:rank]]
        sizes += [[-1, 2, 2][:rank], [2] * (rank + 1), [2] * (rank - 1)]
        for spatial, size in itertools.product(SPATIAL[rank], sizes):
            found.append({"layer": layer, "input_shape": [*spatial, 3], "output_size": size})
        spatial = SPATIAL[rank][0]
        for size in [2, 0, -1, [2] * (rank + 1)]:
            for wrong in ([*spatial[:-1], 3], [*spatial, 4, 3]):
                found.append({"layer": layer, "input_shape": wrong, "output_size": size})
    return found


def run_javascript(settings: list[dict]) -> list[dict]:
    node = shutil.which("node")
    if node is None:
        pytest.fail(
            "the calculator test runs its JavaScript with node: install Node.js 18 or newer"
        )
    script = (
        "const {compute} = require(process.argv[1]);"
        "const settings = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "process.stdout.write(JSON.stringify(settings.map(compute)));"
    )
    result = subprocess.run(
        [node, "-e", script, str(CALCULATOR)],
        input=json.dumps(settings),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def as_argument(value):
    return tuple(value) if isinstance(value, list) else value


def run_tensorflow(settings: list[dict]) -> list[dict]:
    import keras

    answers = []
    for s in settings:
        keras.backend.clear_session(free_memory=False)  # default names: conv2d, not conv2d_7
        if s["layer"] in GLOBALS:
            arguments = {"keepdims": s["keepdims"]}
        elif s["layer"] in ADAPTIVES:
            arguments = {"output_size": as_argument(s["output_size"])}
        else:
            arguments = window_arguments(s)
        try:
            layer = getattr(keras.layers, s["layer"])(**arguments)
            output = layer(keras.Input(tuple(s["input_shape"])))
            answers.append(
                {"ok": True, "shape": list(output.shape), "params": layer.count_params()}
            )
        except Exception as error:  # noqa: BLE001 - every error is an answer to compare
            message = {"type": type(error).__name__, "message": tensorflow_message(error)}
            answers.append({"ok": False, "error": message})
    return answers


def window_arguments(s: dict) -> dict:
    """Arguments of a convolution or a pooling layer with a window."""
    arguments = {
        "pool_size" if "Pooling" in s["layer"] else "kernel_size": as_argument(s["kernel_size"]),
        "strides": as_argument(s["strides"]),
        "padding": s["padding"],
    }
    if s["layer"] in RANKS or s["layer"] in OTHERS:
        arguments.update(dilation_rate=as_argument(s["dilation_rate"]))
        arguments["strides"] = 1 if s["strides"] is None else arguments["strides"]
        if "Depthwise" not in s["layer"]:
            arguments["filters"] = s["filters"]
        if "Separable" in s["layer"] or "Depthwise" in s["layer"]:
            arguments["depth_multiplier"] = s["depth_multiplier"]
    return arguments


def on_real_data(s: dict) -> dict:
    """An adaptive layer called on an array of the setting's shape (a batch of one)."""
    import keras
    import numpy as np

    layer = getattr(keras.layers, s["layer"])(output_size=as_argument(s["output_size"]))
    try:
        shape = layer(np.ones((1, *s["input_shape"]), "float32")).shape
    except Exception as error:  # noqa: BLE001 - the type is the answer
        return {"ok": False, "type": type(error).__name__}
    return {"ok": True, "shape": [None, *shape[1:]]}


ANSI = re.compile(r"\x1b\[\d+m")
PYTHON_SET = re.compile(r"\{('[^']*'(?:, '[^']*')*)\}")


def tensorflow_message(error: Exception) -> str:
    """The message itself: without Keras' "Exception encountered when calling" frame
    and its terminal colours, with a set of strings in sorted order (a Python set's
    order changes from process to process)."""
    text = ANSI.sub("", str(error))
    if text.startswith("Exception encountered when calling"):
        text = text.split("\n\n")[1]
    return PYTHON_SET.sub(lambda m: "{" + ", ".join(sorted(m[1].split(", "))) + "}", text)


def disagreement(s: dict, js: dict, tf: dict) -> str | None:
    if js["ok"] != tf["ok"]:
        return f"valid in {'JavaScript' if js['ok'] else 'TensorFlow'} only: {js} / {tf}"
    if tf["ok"]:
        same = (js["shape"], js["params"]) == (tf["shape"], tf["params"])
        return None if same else f"JavaScript {js}, TensorFlow {tf}"
    shown, raised = js["error"], tf["error"]
    first_sentence = raised["message"].split(". ")[0]
    if (
        shown["type"] != raised["type"]
        or not raised["message"].startswith(shown["message"])
        or len(shown["message"]) < len(first_sentence)
    ):
        return f"JavaScript shows {shown}, TensorFlow raised {raised}"
    return None


def real_data_disagreement(s: dict, js: dict) -> str | None:
    real = on_real_data(s)
    survives = real["ok"] and real["shape"] == js["shape"]
    if "unchecked" not in js:
        return None if survives else f"on an array: {real}, the calculator gives no warning"
    if survives:
        return f"marked {js['unchecked']}, yet an array gives the same shape"
    if js["unchecked"] == "zero" and real != {"ok": False, "type": "ZeroDivisionError"}:
        return f"marked zero, but an array gives {real}"
    return None


def test_calculator_agrees_with_tensorflow_on_every_setting():
    settings = grid()
    assert len(settings) >= 500
    js, tf = run_javascript(settings), run_tensorflow(settings)
    problems = [
        f"{json.dumps(s)}: {problem}"
        for s, a, b in zip(settings, js, tf, strict=True)
        if (problem := disagreement(s, a, b))
    ]
    assert problems == [], f"{len(problems)} of {len(settings)} settings differ:\n" + "\n".join(
        problems[:20]
    )
    unchecked = [
        f"{json.dumps(s)}: {problem}"
        for s, a in zip(settings, js, strict=True)
        if s["layer"] in ADAPTIVES and a["ok"] and (problem := real_data_disagreement(s, a))
    ]
    assert unchecked == [], "\n".join(unchecked[:20])
    # The grid covers both answers and every kind of error the page can show.
    assert 0.2 < sum(answer["ok"] for answer in tf) / len(tf) < 0.9
    kinds = {" ".join(a["error"]["message"].split()[:3]) for a in tf if not a["ok"]}
    assert len(kinds) >= 10, kinds
