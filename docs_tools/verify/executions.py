"""How often each snippet's code ran: a log the verifier appends to, and its summary.

With DOCS_EXECUTION_LOG set to a file, every run of a snippet's code (docs_tools.verify.
snippet, in any process: pytest, its workers, the builds it starts) appends the snippet's
path and a hash of its content there. `.ci/run` sets it for the whole run and prints
`summary` at the end. A run counts for a project snippet when its path ends like the
snippet's and its content is the snippet's: the tests' copies count, but not a snippet a
test broke on purpose (that is another program).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from pathlib import Path

from docs_tools.paths import SNIPPETS

VARIABLE = "DOCS_EXECUTION_LOG"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def record(path: Path, source: str) -> None:
    log = os.environ.get(VARIABLE)
    if log:
        with open(log, "a", encoding="utf-8") as file:  # one short line: an atomic append
            file.write(f"{Path(path).resolve()}\t{_digest(source)}\n")


def counts(log: Path, snippets: Path = SNIPPETS) -> Counter:
    """Runs per project snippet (under `snippets`), wherever it ran (the tests' copies too)."""
    found: Counter = Counter()
    lines = log.read_text("utf-8").splitlines() if log.exists() else []
    for line in lines:
        where, _, digest = line.partition("\t")
        parts = Path(where).parts
        if "snippets" in parts:
            relative = Path(*parts[len(parts) - parts[::-1].index("snippets") :])
            project = snippets / relative
            if project.is_file() and _digest(project.read_text("utf-8")) == digest:
                found[relative.as_posix()] += 1
    return found


def summary(log: Path) -> str:
    found = counts(log)
    snippets = sum(1 for p in SNIPPETS.rglob("*.py") if p.name != "__init__.py")
    total = sum(found.values())
    most = max(found.values(), default=0)
    return (
        f"Snippet executions: {total} for {snippets} snippets, "
        f"{total / max(snippets, 1):.2f} each on average (at most {most}; "
        f"{snippets - len(found)} never ran)"
    )
