"""Run a snippet and compare what it prints with its `#>` comments.

In:  a snippet's path. Out: what its run found (the structure of the model it built, and
its outputs as a notebook cell shows them), or a SnippetError
whose message names the file and line (drift, a raise, an exit, a leak).

This module is the single definition of "verified": the runner calls `check` in its
worker processes for pytest, the build and every TensorFlow release.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
import types
from dataclasses import dataclass
from pathlib import Path

from docs_tools import upstream
from docs_tools.paths import SNIPPETS, display, per_version
from docs_tools.verify import executions, isolation, model_structure, outputs

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


class SnippetLeaked(SnippetError):
    """The snippet left behind something the next snippet would inherit."""


def status_of(error: SnippetError) -> str:
    """The kind of failure, as the runner and the release matrix name it."""
    if isinstance(error, SnippetRaised):
        return "raises"
    return "leaks" if isinstance(error, SnippetLeaked) else "differs"


def _run(path: Path):
    """Execute the snippet as `__main__` with `print` recorded, isolated from the process.

    It runs from a copy of its folder in a temporary folder (isolation.working_copy), but
    is compiled under its own path, so prints, tracebacks and messages name the real file.
    """
    from pytest_examples import CodeExample

    source = path.read_text("utf-8")
    recorder = upstream.print_recorder(path)
    module = types.ModuleType("__main__")
    executions.record(path, source)

    def execute(copy: Path):
        module.__file__ = str(copy)
        sys.modules["__main__"] = module  # what the snippet sees under `python snippet.py`
        sys.path.insert(0, str(copy.parent))  # and modules next to it, which it may import
        try:
            with outputs.recorded() as shown, recorder:
                exec(compile(source, str(path), "exec"), module.__dict__)
        except BaseException as exc:  # noqa: BLE001 - exits and interrupts fail the snippet too
            raise SnippetRaised(_describe_exception(path, exc)) from None
        return {"model": model_structure.describe(module.__dict__), "outputs": shown}

    found, problems = isolation.run(path, execute)
    if problems:
        raise SnippetLeaked("\n".join(f"{display(path)}:1: {problem}" for problem in problems))
    return CodeExample.create(source, path=path), recorder, found


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
    if isinstance(exc, isolation.SnippetExit):
        what = f"called os._exit({exc.status}) {ENDS_EARLY}"
    elif isinstance(exc, SystemExit | KeyboardInterrupt):
        what = f"raised {type(exc).__name__}{': ' + message if message else ''} {ENDS_EARLY}"
    else:
        what = f"raised {type(exc).__name__}: {message}"
    return f"{display(path)}:{line}: {what}\n    {code}"


ENDS_EARLY = "before the end of the snippet"


def expected_source(path: Path) -> str:
    """Run the snippet and return its source with output lines matching what it printed.

    Every old output line is removed first and the new output written from the run,
    so output that no executed print owns (a deleted print, a branch that did not
    run) shows up as drift instead of lingering on a page.
    """
    return _expected(Path(path).resolve())[0]


def expected_and_found(path: Path) -> tuple[str, dict]:
    """The expected source, and what the run found (model structure, outputs)."""
    return _expected(Path(path).resolve())


def _expected(path: Path) -> tuple[str, dict]:
    """The expected source, and what the run found: {"model": ..., "outputs": ...}."""
    from pytest_examples import CodeExample

    example, recorder, found = _run(path)
    lines = example.source.splitlines(keepends=True)
    output = _output_lines(lines)
    statements = recorder.print_statements()
    for statement in statements:
        statement.line_no -= sum(1 for number in output if number < statement.line_no)
    # Group the output of each print: pytest-examples expects all of one line's output
    # together and otherwise drops lines when a loop holds two prints.
    statements.sort(key=lambda statement: statement.line_no)
    clean = CodeExample.create(code_without_output(example.source), path=path)
    return recorder.updated_print_statements(clean) or clean.source, found


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


def check(path: Path) -> dict:
    """Raise SnippetError naming file and line if the snippet raises or its output drifted.

    On a pass, return what the run found, which the cache keeps: "model", the structure
    of the Keras model it left in `model` (or None), for the page's diagram; "outputs",
    what it showed (printed text, figures), for the page's notebook.
    """
    path = Path(path).resolve()
    actual, found = _expected(path)
    source = path.read_text("utf-8")
    if actual == source:
        return found
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


@dataclass(frozen=True)
class Snippet:
    """A snippet file as the pages, notebooks and reference read it (not as it runs)."""

    path: Path
    text: str
    code: str  # without its output lines: what a notebook cell shows
    printed: tuple[str, ...]  # what its `#>` lines and quoted blocks say it prints
    sections: frozenset[str]  # its `# --8<-- [start:name]` ... `[end:name]` sections


@per_version
def parse(path: Path) -> Snippet:
    """The snippet, read and parsed once per version of its file (a build reads each
    snippet for several steps)."""
    text = path.read_text("utf-8")
    starts = set(re.findall(r"\[start:([\w-]+)\]", text))
    ends = set(re.findall(r"\[end:([\w-]+)\]", text))
    printed = tuple(printed_output(text))
    return Snippet(path, text, code_without_output(text), printed, frozenset(starts & ends))


def all_snippets() -> list[Path]:
    return sorted(p for p in SNIPPETS.rglob("*.py") if p.name != "__init__.py")
