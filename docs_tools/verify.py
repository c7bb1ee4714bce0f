"""Run a snippet and compare what it prints with its `#>` comments.

This module is the single definition of "verified": the pytest suite and the
MkDocs build both call `check`. It never imports TensorFlow itself; a snippet
does, the first time one runs in this process.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
import types
from pathlib import Path

from docs_tools import model_structure
from docs_tools.paths import ROOT, SNIPPETS, display

# Keep build logs readable; set before any snippet imports TensorFlow.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")

UPDATE_HINT = (
    "run `pytest --update-examples` to regenerate the `#>` lines if the new output is right"
)


class SnippetError(Exception):
    """A snippet raised, or printed something other than its `#>` lines say."""


class SnippetRaised(SnippetError):
    """The snippet raised (rather than printing something else)."""


def _reset_keras_state() -> None:
    # Auto-generated names (dense_1, functional_2) come from process-wide
    # counters; clear them so a snippet prints what it prints in a fresh process.
    if "keras" in sys.modules:
        import keras

        keras.backend.clear_session(free_memory=False)


def _recorder(path: Path):
    """pytest-examples' print recorder, finding each print's caller cheaply.

    Its own recorder calls `inspect.stack()` on every print, which reads the source
    of every frame; that made verification ~1.8 times slower than just running.
    """
    from unittest import mock

    from pytest_examples.config import ExamplesConfig
    from pytest_examples.run_code import (
        Arg,
        InsertPrintStatements,
        MockPrintFunction,
        PrintStatement,
    )

    class CallerPrint(MockPrintFunction):
        def __call__(self, *args, sep=" ", **kwargs):
            caller = sys._getframe(1)
            while caller.f_code.co_filename == mock.__file__:  # `print` is a Mock
                caller = caller.f_back
            if caller.f_code.co_filename == str(self.file):  # prints made by the snippet
                arguments = [Arg(arg) for arg in args]
                self.statements.append(PrintStatement(caller.f_lineno, sep, arguments))

    recorder = InsertPrintStatements(path, ExamplesConfig(), True, None, None)
    recorder.print_func = CallerPrint(path, None)
    return recorder


def _run(path: Path):
    """Execute the snippet as `__main__` with `print` recorded."""
    from pytest_examples import CodeExample

    source = path.read_text("utf-8")
    recorder = _recorder(path)
    _reset_keras_state()
    module = types.ModuleType("__main__")
    module.__file__ = str(path)
    host_main = sys.modules.get("__main__")
    sys.modules["__main__"] = module  # what the snippet sees under `python snippet.py`
    sys.path.insert(0, str(path.parent))  # and modules next to it, which it may import
    try:
        with recorder:
            exec(compile(source, str(path), "exec"), module.__dict__)
    except Exception as exc:
        raise SnippetRaised(_describe_exception(path, exc)) from None
    finally:
        if host_main is not None:
            sys.modules["__main__"] = host_main
        sys.path.remove(str(path.parent))
        _forget_modules_in(path.parent)
    model = model_structure.describe(module.__dict__)
    return CodeExample.create(source, path=path), recorder, model


def _forget_modules_in(folder: Path) -> None:
    # The next run imports them afresh: an edited module is seen, and a module of the
    # same name next to another snippet is not shadowed.
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if file and Path(file).parent == folder:
            del sys.modules[name]


def _describe_exception(path: Path, exc: BaseException) -> str:
    line, tb = getattr(exc, "lineno", None) or 1, exc.__traceback__
    if isinstance(exc, SyntaxError):
        tb = None  # its line is the error's own, not a frame's
    while tb is not None:
        if Path(tb.tb_frame.f_code.co_filename) == path:
            line = tb.tb_lineno
        tb = tb.tb_next
    exc.__traceback__ = None
    code = path.read_text("utf-8").splitlines()[line - 1].strip()
    text = exc.msg if isinstance(exc, SyntaxError) else str(exc)
    message = text.strip().splitlines()[0] if text.strip() else ""
    return f"{display(path)}:{line}: raised {type(exc).__name__}: {message}\n    {code}"


def expected_source(path: Path) -> str:
    """Run the snippet and return its source with output lines matching what it printed.

    Every old output line is removed first and the new output written from the run,
    so output that no executed print owns (a deleted print, a branch that did not
    run) shows up as drift instead of lingering on a page.
    """
    return _expected(Path(path).resolve())[0]


def _expected(path: Path) -> tuple[str, dict | None]:
    """The expected source, and the structure of the model the run left in `model`."""
    from pytest_examples import CodeExample

    example, recorder, model = _run(path)
    lines = example.source.splitlines(keepends=True)
    output = _output_lines(lines)
    statements = recorder.print_statements()
    for statement in statements:
        statement.line_no -= sum(1 for number in output if number < statement.line_no)
    # Group the output of each print: pytest-examples expects all of one line's output
    # together and otherwise drops lines when a loop holds two prints.
    statements.sort(key=lambda statement: statement.line_no)
    clean = CodeExample.create(code_without_output(example.source), path=path)
    return recorder.updated_print_statements(clean) or clean.source, model


QUOTES = ("'''", '"""')


def code_without_output(source: str) -> str:
    """The snippet's code alone: its `#>` lines and quoted output blocks removed."""
    lines = source.splitlines(keepends=True)
    output = _output_lines(lines)
    return "".join(line for number, line in enumerate(lines, 1) if number not in output)


def _output_lines(lines: list[str]) -> set[int]:
    """Line numbers holding printed output: `#>` lines and bare-quoted blocks."""
    found, inside = set(), False
    for number, text in enumerate(lines, 1):
        stripped = text.strip()
        if inside or stripped.startswith("#>") or stripped in QUOTES:
            found.add(number)
            if stripped in QUOTES:
                inside = not inside
    return found


def check(path: Path) -> dict | None:
    """Raise SnippetError naming file and line if the snippet raises or its output drifted.

    On a pass, return the structure of the Keras model it left in `model` (or None),
    which the cache keeps for the page's diagram.
    """
    path = Path(path).resolve()
    actual, model = _expected(path)
    source = path.read_text("utf-8")
    if actual == source:
        return model
    raise SnippetError(describe_drift(path, source, actual))


def describe_drift(path: Path, source: str, actual: str) -> str:
    """One compiler-style line per changed `#>` block, then the diff."""
    old, new = source.splitlines(), actual.splitlines()
    lines = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        printed = " | ".join(_strip_marker(s) for s in new[j1:j2]) or "nothing"
        expects = " | ".join(_strip_marker(s) for s in old[i1:i2]) or "no `#>` line"
        # An insertion belongs to the print above it; a change starts at its first `#>` line.
        line = i1 if tag == "insert" else i1 + 1
        lines.append(f"{display(path)}:{line}: printed {printed}, snippet expects {expects}")
    diff = difflib.unified_diff(
        old, new, f"{display(path)} (expected)", f"{display(path)} (printed)", lineterm=""
    )
    return "\n".join([*lines, *("    " + d for d in diff), f"    ({UPDATE_HINT})"])


def _strip_marker(line: str) -> str:  # for messages
    return line.strip().removeprefix("#>").strip()


def printed_output(source: str) -> list[str]:
    """What a snippet's `#>` lines and quoted output blocks say it prints, line by line."""
    lines = source.splitlines()
    printed, block = [], None  # block: the indent of the quoted block we are inside
    for number in sorted(_output_lines(lines)):
        text = lines[number - 1]
        stripped = text.strip()
        if stripped in QUOTES:
            block = None if block is not None else len(text) - len(text.lstrip())
        elif block is not None:
            printed.append(text[block:])
        else:
            printed.append(stripped[3:])
    return printed


def update(path: Path) -> bool:
    """Rewrite the snippet's `#>` lines from a real run; return True if the file changed."""
    path = Path(path).resolve()
    actual = expected_source(path)
    if actual == path.read_text("utf-8"):
        return False
    path.write_text(actual, "utf-8")
    return True


def all_snippets() -> list[Path]:
    return sorted(p for p in SNIPPETS.rglob("*.py") if p.name != "__init__.py")


# Below this many snippets to run, starting worker processes (each importing
# TensorFlow, ~3 s) costs more than it saves on a 2-core machine.
PARALLEL_FROM = 30


def check_all(paths: list[Path], use_cache: bool = True) -> tuple[list[Path], list[str]]:
    """Verify each snippet not already verified; return (snippets run, failure messages).

    Few snippets run here, one after another, each in a fresh namespace; many are
    split across one worker process per core, each running its share the same way.
    """
    from docs_tools import cache

    todo = [path for path in paths if not (use_cache and cache.is_verified(path))]
    workers = min(os.cpu_count() or 1, len(todo) // PARALLEL_FROM + 1)
    results = _in_workers(todo, workers) if workers > 1 else _here(todo)
    failures = []
    for path in todo:
        if results[path]["failure"] is None:
            cache.mark_verified(path, results[path]["model"])
        else:
            failures.append(results[path]["failure"])
    return todo, failures


def _here(paths: list[Path]) -> dict[Path, dict]:
    """Each snippet's failure message (None on a pass) and its model's structure."""
    results = {}
    for path in paths:
        try:
            results[path] = {"failure": None, "model": check(path)}
        except SnippetError as exc:
            results[path] = {"failure": str(exc), "model": None}
    return results


def _in_workers(paths: list[Path], workers: int) -> dict[Path, dict]:
    """Run `python -m docs_tools.verify` on interleaved shares of the snippets."""
    shares = [paths[i::workers] for i in range(workers)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "docs_tools.verify", *map(str, share)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for share in shares
    ]
    results = {}
    for share, process in zip(shares, processes, strict=True):
        stdout, stderr = process.communicate()
        if process.returncode != 0:
            tail = "\n".join(stderr.strip().splitlines()[-5:])
            for path in share:
                failure = f"{display(path)}:1: the verifying worker crashed:\n{tail}"
                results[path] = {"failure": failure, "model": None}
            continue
        found = json.loads(stdout)
        results.update({Path(name): message for name, message in found.items()})
    return results


if __name__ == "__main__":
    # Worker mode for `check_all`: verify the given files, answer in JSON on stdout.
    answers = _here([Path(arg).resolve() for arg in sys.argv[1:]])
    sys.stdout.write(json.dumps({str(path): message for path, message in answers.items()}))
