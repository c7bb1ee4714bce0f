"""Verify many snippets in worker processes, each within its time limit.

In:  snippet paths, a mode ("check", or "update" to compute fresh `#>` lines) and the
     Python to run them with (a TensorFlow release's, for the compatibility matrix).
Out: one Result per snippet; a failure message always names the snippet's file and line.

Workers (docs_tools.verify.worker) import TensorFlow once and run snippets one after
another, one worker per core when there are enough snippets to repay the import. This
process only supervises, so whatever a snippet does, the caller gets an answer:
- a snippet still running at its time limit (docs_tools.verify.limits) has its worker's
  stack dumped (to name the line) and the worker killed; the rest go on in a new one;
- a worker that ends (os.abort, a segfault, a signal) fails the snippet it was running;
- a snippet whose output differs, or that raises, after others ran in its worker is run
  again alone: if it then passes, an earlier snippet leaked state, and the runner
  bisects the earlier ones to report the failure against the snippet that leaked.
A Ctrl-C here stops every worker (they run in their own session, out of the terminal's
reach, so a snippet's own KeyboardInterrupt is its failure, not the build's).
"""

from __future__ import annotations

import json
import os
import re
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from docs_tools.paths import ROOT, display
from docs_tools.verify import limits

# Below this many snippets to run, starting worker processes (each importing
# TensorFlow, ~3 s) costs more than it saves on a 2-core machine.
PARALLEL_FROM = 30
# A worker that has not imported Keras by then is broken, not slow.
STARTUP_SECONDS = 300.0
# How long a worker may take to dump its stack before it is killed anyway.
DUMP_SECONDS = 3.0
FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+)')


@dataclass
class Result:
    """What verification found: `failure` is None on a pass."""

    status: str  # pass, differs, raises, leaks, timeout, crashed; cached (not run: passed before)
    failure: str | None = None
    found: dict | None = None  # on a pass: the model's structure and the outputs shown
    expected: str | None = None  # "update" mode: the source with fresh `#>` lines


class Worker:
    """One verifying process, fed one snippet at a time."""

    def __init__(self, python: str):
        read, write = os.pipe()
        # The process's stderr, in a file of its own: appended to (O_APPEND), so reading it
        # here, at any time, never moves where the process writes (a shared offset did).
        handle, self.log = tempfile.mkstemp(prefix="verify-worker-", suffix=".log")
        os.close(handle)
        errors = open(self.log, "ab")  # noqa: SIM115 - handed to the process, closed below
        self.process = subprocess.Popen(
            [python, "-m", "docs_tools.verify.worker", str(write)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,  # a snippet's own writes; prints are recorded
            stderr=errors,
            pass_fds=(write,),
            start_new_session=True,
            text=True,
        )
        os.close(write)
        errors.close()
        self.replies = os.fdopen(read, "r", encoding="utf-8")
        self.ready = False
        self.task: Path | None = None
        self.ran: list[Path] = []  # snippets this process ran, in order
        self.deadline = time.monotonic() + STARTUP_SECONDS
        self.mark = 0  # where in stderr the current snippet's messages start

    def send(self, path: Path, mode: str) -> None:
        self.task, self.mark = path, os.path.getsize(self.log)
        self.deadline = time.monotonic() + limits.seconds(path)
        self.process.stdin.write(json.dumps({"path": str(path), "mode": mode}) + "\n")
        self.process.stdin.flush()

    def errors(self) -> str:
        with open(self.log, "rb") as log:
            log.seek(self.mark)
            return log.read().decode("utf-8", "replace")

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        self.replies.close()
        Path(self.log).unlink(missing_ok=True)  # stopped once more when a run is cut short
        if self.process.stdin:
            self.process.stdin.close()


def run(
    paths,
    mode: str = "check",
    python: str = sys.executable,
    workers: int | None = None,
    confirm: bool = True,
) -> dict[Path, Result]:
    """Verify each snippet; see the module docstring for what can go wrong and how."""
    paths = [Path(p).resolve() for p in paths]
    if not paths:
        return {}
    if workers is None:
        workers = min(os.cpu_count() or 1, len(paths) // PARALLEL_FROM + 1)
    results, history = _pass(paths, mode, python, workers)
    if confirm:
        _confirm(results, history, mode, python)
    return results


class RunnerError(Exception):
    """A verifying process could not start; no snippet is at fault."""


def _pass(paths, mode, python, workers, alone=False):
    """Run the snippets; return their results and, for each, what ran before it.

    `alone`: each snippet in a process of its own.
    """
    pending, busy, results, history = deque(paths), [], {}, {}
    selector = selectors.DefaultSelector()

    def retire(worker: Worker) -> None:
        selector.unregister(worker.replies)
        worker.stop()
        busy.remove(worker)

    try:
        while pending or busy:
            while pending and len(busy) < workers:
                worker = Worker(python)
                selector.register(worker.replies, selectors.EVENT_READ, worker)
                busy.append(worker)
            wait = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            for key, _ in selector.select(timeout=wait):
                worker = key.data
                line = worker.replies.readline()
                if not line.endswith("\n"):  # the process ended
                    _ended(worker, results, history)
                    retire(worker)
                elif json.loads(line).get("ready"):
                    worker.ready = True
                else:
                    _answered(worker, Result(**_fields(json.loads(line))), results, history)
            for worker in list(busy):
                if time.monotonic() >= worker.deadline:
                    _timed_out(worker, results, history)
                    retire(worker)
                elif worker.ready and worker.task is None:
                    if pending and not (alone and worker.ran):
                        worker.send(pending.popleft(), mode)
                    else:
                        retire(worker)
    finally:
        for worker in list(busy):
            worker.stop()
        selector.close()
    return results, history


def _fields(answer: dict) -> dict:
    return {name: answer.get(name) for name in ("status", "failure", "found", "expected")}


def _answered(worker: Worker, result: Result, results, history) -> None:
    results[worker.task] = result
    history[worker.task] = list(worker.ran)
    worker.ran.append(worker.task)
    worker.task = None


def _ended(worker: Worker, results, history) -> None:
    """The worker's process ended: fail the snippet it was running, or stop the run."""
    status = worker.process.wait()
    how = f"signal {signal.Signals(-status).name}" if status < 0 else f"exit status {status}"
    if worker.task is None:
        tail = "\n".join(_tail(worker.errors()))
        raise RunnerError(f"a verifying process ended ({how}) before running a snippet:\n{tail}")
    path, errors = worker.task, worker.errors()
    message = f"ended the verifying process ({how}) {ENDS_EARLY}"
    _answered(worker, Result("crashed", _located(path, errors, message)), results, history)


def _timed_out(worker: Worker, results, history) -> None:
    """Dump the worker's stack to learn the snippet's line, then kill it."""
    if worker.task is None:
        tail = "\n".join(_tail(worker.errors()))
        worker.stop()
        raise RunnerError(f"a verifying process did not start in {STARTUP_SECONDS:.0f} s:\n{tail}")
    path, limit = worker.task, limits.seconds(worker.task)
    try:
        os.kill(worker.process.pid, signal.SIGUSR1)
    except ProcessLookupError:
        pass
    end = time.monotonic() + DUMP_SECONDS
    while time.monotonic() < end and _located_line(path, worker.errors()) is None:
        time.sleep(0.05)
    message = (
        f"still running after {limit:g} s, its time limit; the run was stopped "
        f"(a slow snippet may get a longer limit: [tool.snippets.time-limits] in pyproject.toml)"
    )
    found = _located(path, worker.errors(), message, tail=False)
    _answered(worker, Result("timeout", found), results, history)


ENDS_EARLY = "before the end of the snippet"


def _located_line(path: Path, errors: str) -> int | None:
    """The line of `path` in the most recent stack faulthandler dumped, if any."""
    for match in FRAME.finditer(errors):
        if Path(match["file"]) == path:
            return int(match["line"])
    return None


def _located(path: Path, errors: str, message: str, tail: bool = True) -> str:
    """The message at the snippet's line, with what the process said last (its stderr)."""
    line = _located_line(path, errors) or 1
    code = path.read_text("utf-8").splitlines()[line - 1].strip() if path.exists() else ""
    tail = "".join(f"\n    | {text}" for text in _tail(errors)) if tail else ""
    return f"{display(path)}:{line}: {message}\n    {code}{tail}"


# TensorFlow's C++ logging and faulthandler's stack dump (the line is taken from it)
# say nothing more about the snippet.
NOISE = re.compile(
    r"^(WARNING: All log messages before absl|[EWIF]\d{4} |\s+File \"|Current thread 0x|"
    r"Thread 0x|Extension modules:|Stack \(most recent)"
)


def _tail(errors: str, lines: int = 8) -> list[str]:
    kept = [text for text in errors.splitlines() if text.strip() and not NOISE.match(text)]
    return kept[-lines:]


def _confirm(results, history, mode, python) -> None:
    """Re-run alone each snippet that failed after others; blame a leak where it started."""
    # A timeout or a crash is not re-run: that would cost its whole limit again, and
    # leaked settings show as different output or an exception, not as a hang.
    again = ("differs", "raises", "leaks")
    suspects = [p for p, r in results.items() if r.status in again and history.get(p)]
    if not suspects:
        return
    alone, _ = _pass(suspects, mode, python, min(os.cpu_count() or 1, len(suspects)), True)
    for path in suspects:
        failed_after = results[path].failure
        results[path] = alone[path]
        if alone[path].failure:
            continue  # it fails by itself: its own failure, as first reported
        before = history[path]
        culprit = _bisect(before, path, mode, python)
        if culprit is None:
            names = ", ".join(display(p) for p in before[-3:])
            results[path] = Result(
                "leaks",
                f"{display(path)}:1: passes when run alone, but failed after {len(before)} "
                f"other snippets ran in the same process (the last: {names}): together they "
                f"change process-wide state that docs_tools/verify/isolation.py does not "
                f"restore, or this one sets something that must precede TensorFlow's first "
                f"operation. What it did after them:\n{_indent(failed_after)}",
            )
            continue
        prior = results[culprit]
        message = (
            f"{display(culprit)}:1: changes process-wide state that docs_tools/verify/"
            f"isolation.py does not restore: {display(path)}, which passes alone, fails "
            f"right after it. Undo the change before {display(culprit)} ends. What "
            f"{display(path)} did after it:\n{_indent(failed_after)}"
        )
        if prior.failure:
            message = prior.failure + "\n" + message
        results[culprit] = Result("leaks", message, prior.found, prior.expected)


def _bisect(before: list[Path], victim: Path, mode: str, python: str) -> Path | None:
    """The one earlier snippet after which `victim` fails, or None if no single one does.

    Finds the shortest run of `before` (in order) after which the victim fails, each
    try in a fresh process; its last snippet is the suspect, then tried on its own.
    """

    def fails_after(earlier: list[Path]) -> bool:
        found, _ = _pass([*earlier, victim], mode, python, workers=1)
        return found[victim].failure is not None

    low, high = 1, len(before)
    while low < high:
        middle = (low + high) // 2
        if fails_after(before[:middle]):
            high = middle
        else:
            low = middle + 1
    suspect = before[low - 1]
    return suspect if fails_after([suspect]) else None


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())
