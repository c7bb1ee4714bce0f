"""Which TensorFlow releases each snippet runs on: the releases, the data, its freshness.

`python -m docs_tools.compat.run` measures it (see that module) and writes
`compat/matrix.json`; the build and the tests only read that file, so neither
imports TensorFlow for it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from docs_tools import verify
from docs_tools.errors import DocsError
from docs_tools.paths import ROOT, display
from docs_tools.verify import cache

DATA = ROOT / "compat" / "matrix.json"
COMMAND = "python -m docs_tools.compat.run"
STATUSES = ("pass", "differs", "raises", "not run")


@dataclass(frozen=True)
class Release:
    name: str  # the minor release, as the pages name it: "2.16"
    tensorflow: str  # its newest patch
    keras: str


# TensorFlow 2.16 was the first to bring Keras 3, and each declares `keras>=3.x` with no
# upper bound, so pip alone would pair every old TensorFlow with today's Keras. Each
# release here gets the newest Keras published while it was the newest TensorFlow minor
# (PyPI upload dates): the pairing a project pinned in that period most likely has.
#   2.16.1 2024-03-09 .. 2.17.0 2024-07-11  -> Keras 3.4.1 (2024-06-26)
#   2.17.0 2024-07-11 .. 2.18.0 2024-10-25  -> Keras 3.6.0 (2024-10-03)
#   2.18.0 2024-10-25 .. 2.19.0 2025-03-12  -> Keras 3.9.0 (2025-03-04)
#   2.19.0 2025-03-12 .. 2.20.0 2025-08-13  -> Keras 3.11.2 (2025-08-11)
#   2.20.0 2025-08-13 .. 2.21.0 2026-03-06  -> Keras 3.13.2 (2026-01-30)
# The pinned release comes from requirements.txt, with its pinned Keras.
OLDER = [
    Release("2.16", "2.16.2", "3.4.1"),
    Release("2.17", "2.17.1", "3.6.0"),
    Release("2.18", "2.18.1", "3.9.0"),
    Release("2.19", "2.19.1", "3.11.2"),
    Release("2.20", "2.20.0", "3.13.2"),
]
REQUIREMENTS = ROOT / "requirements.txt"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9_.-]+)==(?P<version>\S+)\s*$")


def pins(path: Path = REQUIREMENTS) -> dict[str, str]:
    found = {}
    for text in path.read_text("utf-8").splitlines():
        match = PIN.match(text.strip())
        if match:
            found[match["name"].lower()] = match["version"]
    return found


def releases() -> list[Release]:
    pinned = pins()
    tensorflow = pinned["tensorflow"]
    minor = ".".join(tensorflow.split(".")[:2])
    return [r for r in OLDER if r.name != minor] + [Release(minor, tensorflow, pinned["keras"])]


def snippet_hash(path: Path) -> str:
    """The snippet's content and any project file it imports: what a run depends on."""
    digest = hashlib.sha256()
    for file in [Path(path), *cache.local_imports(Path(path))]:
        digest.update(display(file).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def current_hashes() -> dict[str, str]:
    return {display(path): snippet_hash(path) for path in verify.all_snippets()}


class CompatError(DocsError):
    pass


def load(path: Path = DATA) -> dict:
    if not path.is_file():
        raise CompatError(f"{display(path)} is missing; run `{COMMAND}` to measure it")
    return json.loads(path.read_text("utf-8"))


def stale(data: dict) -> list[str]:
    """Why the data does not describe the current snippets and releases; empty if it does."""
    problems = []
    wanted = [(r.name, r.tensorflow, r.keras) for r in releases()]
    have = [(r["release"], r["tensorflow_wanted"], r["keras_wanted"]) for r in data["releases"]]
    if have != wanted:
        problems.append(f"{display(DATA)}: measured releases {have}, expected {wanted}")
    recorded, measured = data["snippets"], {r[0] for r in have}
    for name, digest in current_hashes().items():
        if name not in recorded:
            problems.append(f"{name}: not measured in {display(DATA)}")
        elif recorded[name]["sha256"] != digest:
            problems.append(f"{name}: changed since it was measured in {display(DATA)}")
        elif missing := sorted(measured - set(recorded[name]["results"])):
            problems.append(f"{name}: not measured on {', '.join(missing)} in {display(DATA)}")
    problems += [f"{name}: no longer exists" for name in recorded if not (ROOT / name).is_file()]
    return problems
