"""The verifier holds whatever a snippet does: exits, hangs, crashes, leaks, writes.

Each test runs small snippets in a temporary tree, through the runner the build and
pytest use, with a short time limit from the tree's own pyproject.toml.
"""

import textwrap

import pytest

from docs_tools.verify import executions, isolation, limits, runner

LIMIT = 5


@pytest.fixture
def tree(tmp_path, monkeypatch):
    # These snippets never import Keras, so the verifying processes need not either
    # (the one test about Keras' settings turns it back on).
    monkeypatch.setenv(isolation.PRELOAD, "0")
    (tmp_path / "pyproject.toml").write_text(f"[tool.snippets]\ntime-limit = {LIMIT}\n")
    (tmp_path / "s").mkdir()
    return tmp_path


def write(tree, name, code):
    path = tree / "s" / name
    path.write_text(textwrap.dedent(code).lstrip())
    return path


def run(paths, **options):
    return runner.run(paths, **options)


def test_exits_and_interrupts_fail_their_snippet_naming_the_line(tree):
    snippets = {
        write(tree, "sys_exit.py", "import sys\n\nprint(1)\nsys.exit(0)\n#> 1\n"): (
            "4: raised SystemExit: 0 before the end of the snippet"
        ),
        write(tree, "builtin_exit.py", "exit(2)\n"): "1: raised SystemExit: 2",
        write(tree, "interrupt.py", "x = 1\nraise KeyboardInterrupt\n"): (
            "2: raised KeyboardInterrupt before the end of the snippet"
        ),
        write(tree, "os_exit.py", "import os\n\nos._exit(0)\n"): (
            "3: called os._exit(0) before the end of the snippet"
        ),
        write(tree, "abort.py", "import os\n\nos.abort()\n"): (
            "3: ended the verifying process (signal SIGABRT) before the end of the snippet"
        ),
    }
    good = write(tree, "good.py", "print(1)\n#> 1\n")
    results = run([*snippets, good], workers=1, confirm=False)
    for path, message in snippets.items():
        assert results[path].failure.startswith(f"{path}:{message}"), results[path].failure
    assert results[good].failure is None  # the run went on after each of them


def test_a_snippet_past_its_time_limit_fails_naming_its_line_and_the_rest_run(tree):
    loop = write(tree, "loop.py", "n = 0\n\nwhile True: n += 1\n")  # one line: one place
    sleep = write(tree, "sleep.py", "import time\n\ntime.sleep(600)\n")
    good = write(tree, "good.py", "print(1)\n#> 1\n")
    results = run([loop, sleep, good], workers=1, confirm=False)
    assert results[loop].status == "timeout"
    assert results[loop].failure.startswith(f"{loop}:3: still running after {LIMIT} s")
    assert results[sleep].failure.startswith(f"{sleep}:3: still running after {LIMIT} s")
    assert "time.sleep(600)" in results[sleep].failure
    assert results[good].failure is None


def test_a_slow_snippet_may_have_a_longer_limit(tree):
    slow = write(tree, "slow.py", "import time\n\ntime.sleep(3)\nprint(1)\n#> 1\n")
    (tree / "pyproject.toml").write_text(
        '[tool.snippets]\ntime-limit = 1\n[tool.snippets.time-limits]\n"s/slow.py" = 20\n'
    )
    limits._table.cache_clear()
    assert limits.seconds(slow) == 20
    assert run([slow])[slow].failure is None


@pytest.mark.parametrize(
    "table, message",
    [
        ("time-limit = 0\n", "pyproject.toml:2: time limit 0 is not a positive number"),
        ('[tool.snippets.time-limits]\n"s/gone.py" = 9\n', "pyproject.toml:3: a time limit for"),
    ],
)
def test_a_wrong_time_limit_names_the_file_and_line(tree, table, message):
    (tree / "pyproject.toml").write_text("[tool.snippets]\n" + table)
    limits._table.cache_clear()
    with pytest.raises(limits.LimitError, match=message.replace(".", r"\.")):
        limits.seconds(write(tree, "a.py", "print(1)\n#> 1\n"))


# (change made by one snippet, what the next one prints, what a fresh process prints)
SETTINGS = {
    "floatx": ('keras.config.set_floatx("float64")', "keras.config.floatx()", "float32"),
    "epsilon": ("keras.config.set_epsilon(0.5)", "keras.config.epsilon()", "1e-07"),
    "data_format": (
        'keras.config.set_image_data_format("channels_first")',
        "keras.config.image_data_format()",
        "channels_last",
    ),
    "dtype_policy": (
        'keras.config.set_dtype_policy("mixed_float16")',
        "keras.config.dtype_policy().name",
        "float32",
    ),
    "custom_objects": (
        "keras.saving.register_keras_serializable('t')(type('L', (keras.layers.Layer,), {}))",
        "sorted(keras.saving.get_custom_objects())",
        "[]",
    ),
    "eager": (
        "tf.config.run_functions_eagerly(True)",
        "tf.config.functions_run_eagerly()",
        "False",
    ),
    "determinism": (
        "tf.config.experimental.enable_op_determinism()",
        "config.is_op_determinism_enabled()",
        "False",
    ),
    "soft_placement": (
        "tf.config.set_soft_device_placement(False)",
        "tf.config.get_soft_device_placement()",
        "True",
    ),
    "tf_seed": ("tf.random.set_seed(3)", "context.global_seed()", "None"),
    "random": ("random.seed(0)", "random.random() == 0.8444218515250481", "False"),
    "numpy_print": ("np.set_printoptions(precision=2)", "np.get_printoptions()['precision']", "8"),
    "environ": ("os.environ['LEAKED'] = '1'", "os.environ.get('LEAKED')", "None"),
    "cwd": ("os.chdir('/')", "os.getcwd() == '/'", "False"),
    "sys_path": ("sys.path.insert(0, '/leaked')", "'/leaked' in sys.path", "False"),
    "warnings": ("warnings.simplefilter('error')", "warnings.filters[0][0] == 'error'", "False"),
    "rc_params": (
        "matplotlib.rcParams['lines.linewidth'] = 9",
        "matplotlib.rcParams['lines.linewidth']",
        "1.5",
    ),
}
IMPORTS = (
    "import os, random, sys, warnings\nimport keras, matplotlib, numpy as np, tensorflow as tf\n"
    "from tensorflow.python.eager import context\nfrom tensorflow.python.framework import config\n"
)


def test_process_wide_settings_a_snippet_changes_do_not_reach_the_next(tree, monkeypatch):
    monkeypatch.setenv(isolation.PRELOAD, "1")  # Keras imported before the first snippet
    pairs = {}
    for name, (change, read, fresh) in SETTINGS.items():
        changes = write(tree, f"{name}_a.py", f"{IMPORTS}{change}\n")
        reads = write(tree, f"{name}_b.py", f"{IMPORTS}print({read})\n#> {fresh}\n")
        pairs[name] = (changes, reads)
    order = [path for pair in pairs.values() for path in pair]
    results = run(order, workers=1, confirm=False)  # b right after a, in one process
    failed = {name: results[b].failure for name, (a, b) in pairs.items() if results[b].failure}
    assert failed == {}
    assert all(results[a].failure is None for a, _ in pairs.values())


def test_state_the_verifier_cannot_restore_is_blamed_on_the_snippet_that_left_it(tree):
    before = write(tree, "a_before.py", "print(1)\n#> 1\n")
    leaks = write(tree, "b_leaks.py", "import json\n\njson.LEAKED = True\n")
    between = write(tree, "c_between.py", "print(2)\n#> 2\n")
    victim = write(tree, "d_victim.py", 'import json\n\nprint(hasattr(json, "LEAKED"))\n#> False\n')
    results = run([before, leaks, between, victim], workers=1)
    assert results[victim].failure is None  # it passes alone: not its fault
    assert results[leaks].status == "leaks"
    assert results[leaks].failure.startswith(f"{leaks}:1: changes process-wide state")
    assert f"{victim}, which passes alone, fails right after it" in results[leaks].failure
    assert f"{victim}:4: printed True, snippet expects False" in results[leaks].failure
    assert results[before].failure is None and results[between].failure is None


def test_a_snippet_that_fails_alone_keeps_its_own_failure(tree):
    first = write(tree, "a.py", "print(1)\n#> 1\n")
    drifted = write(tree, "b.py", "print(2)\n#> 3\n")
    results = run([first, drifted], workers=1)
    assert results[drifted].status == "differs"
    assert results[drifted].failure.startswith(f"{drifted}:2: printed 2, snippet expects 3")


def test_threads_left_running_are_reported(tree):
    code = "import threading, time\n\nthreading.Thread(target=time.sleep, args=(60,)).start()\n"
    path = write(tree, "thread.py", code)
    result = run([path])[path]
    assert result.status == "leaks"
    assert "left Python threads running" in result.failure


def test_files_a_snippet_writes_land_in_a_temporary_folder(tree):
    (tree / "s" / "data.txt").write_text("beside")
    path = write(
        tree,
        "writes.py",
        """
        from pathlib import Path
        import tempfile

        Path("out.txt").write_text("x")
        Path(__file__).with_name("beside.txt").write_text("y")
        Path(tempfile.gettempdir(), "t.txt").write_text("z")
        print(Path(__file__).with_name("data.txt").read_text())
        #> beside
        """,
    )
    before = sorted(p.name for p in tree.rglob("*"))
    assert run([path])[path].failure is None
    assert sorted(p.name for p in tree.rglob("*")) == before


def test_pytest_update_mode_answers_the_fresh_source(tree):
    path = write(tree, "a.py", "print(1 + 1)\n#> 3\n")
    result = run([path], mode="update")[path]
    assert result.expected == "print(1 + 1)\n#> 2\n"
    assert path.read_text() == "print(1 + 1)\n#> 3\n"  # the caller decides to write


def test_each_run_of_a_snippet_is_logged_once(tree, monkeypatch):
    log = tree / "executions.log"
    monkeypatch.setenv(executions.VARIABLE, str(log))
    path = write(tree, "a.py", "print(1)\n#> 1\n")
    run([path])
    assert log.read_text().splitlines() == [f"{path}\t{executions._digest(path.read_text())}"]
    # A project snippet's run counts where it ran (a test's copy too), but not a copy a
    # test changed on purpose: that is another program.
    project = executions.SNIPPETS / "layers/dense/formula.py"
    same, changed = (executions._digest(t) for t in (project.read_text(), "print(2)\n"))
    copy = "/tmp/copy/snippets/layers/dense/formula.py"
    log.write_text(f"{project}\t{same}\n{copy}\t{same}\n{copy}\t{changed}\n{path}\t{same}\n")
    assert executions.counts(log) == {"layers/dense/formula.py": 2}
