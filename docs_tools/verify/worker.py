"""A verifying process: `python -m docs_tools.verify.worker FD`, started by the runner.

In:  one task a line on stdin, `{"path": ..., "mode": "check" | "update"}`.
Out: one answer a line on file descriptor FD (never stdout, which a snippet may write
     to or replace): `{"path", "status", "failure", "found", "expected"}`; first a
     `{"ready": true}` once Keras is imported, so a snippet's time limit is its own.

It imports Keras once and runs the snippets one after another (docs_tools.verify.check,
each isolated by docs_tools.verify.isolation). It dumps its Python stack to stderr on
SIGUSR1 (the runner asks for it when a snippet runs out of time) and on a fatal
signal, so the runner can name the line a snippet was at.
"""

from __future__ import annotations

import faulthandler
import json
import os
import signal
import sys
from pathlib import Path

# Keep logs readable; set before anything imports TensorFlow.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
sys.dont_write_bytecode = True  # no __pycache__ next to a snippet's modules
# Figures a snippet shows are recorded as a notebook shows them (verify.outputs). Set
# here, in the verifying process only: a Jupyter kernel started elsewhere must not get it.
os.environ["MPLBACKEND"] = "module://docs_tools.verify.mpl_backend"


def answer(task: dict) -> dict:
    from docs_tools.verify import snippet as check

    path = Path(task["path"])
    found = {"path": task["path"], "status": "pass", "failure": None, "found": None}
    try:
        if task["mode"] == "update":
            found["expected"], found["found"] = check.expected_and_found(path)
        else:
            found["found"] = check.check(path)
    except check.SnippetError as exc:
        found["status"], found["failure"] = check.status_of(exc), str(exc)
    return found


def main(reply_fd: int) -> None:
    faulthandler.enable(sys.stderr, all_threads=True)
    faulthandler.register(signal.SIGUSR1, sys.stderr, all_threads=True)
    replies = os.fdopen(reply_fd, "w", encoding="utf-8")
    # Tasks come on a copy of stdin; a snippet's own stdin is empty (input() ends at once),
    # and what it does to sys.stdin (exit() closes it) cannot stop the tasks.
    tasks = os.fdopen(os.dup(0), "r", encoding="utf-8")
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)

    from docs_tools.verify import isolation

    isolation.prepare()
    _send(replies, {"ready": True})
    for line in tasks:
        _send(replies, answer(json.loads(line)))
        if sys.stdin.closed:  # `exit()` closes it; the next snippet gets an open one
            sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115


def _send(replies, message: dict) -> None:
    replies.write(json.dumps(message) + "\n")
    replies.flush()


if __name__ == "__main__":
    main(int(sys.argv[1]))
