"""Remember which snippets passed, keyed by their content and the pinned versions.

A key changes when the snippet, the verifier, Python or a package that shapes
the output changes, so a stale pass can never be reused.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from docs_tools.paths import ROOT, display

# Packages whose version can change what a snippet prints.
VERSIONED = ("tensorflow", "keras", "numpy", "pytest-examples")


@cache
def versions() -> dict[str, str]:
    found = {"python": sys.version.split()[0]}
    for name in VERSIONED:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def directory() -> Path:
    return Path(os.environ.get("DOCS_CACHE_DIR", ROOT / ".cache" / "verified"))


def key(path: Path) -> str:
    digest = hashlib.sha256()
    digest.update(Path(path).read_bytes())
    digest.update((Path(__file__).parent / "verify.py").read_bytes())
    digest.update(json.dumps(versions(), sort_keys=True).encode())
    return digest.hexdigest()


def is_verified(path: Path) -> bool:
    return (directory() / key(path)).exists()


def mark_verified(path: Path) -> None:
    folder = directory()
    folder.mkdir(parents=True, exist_ok=True)
    record = {"snippet": display(path), "versions": versions()}
    (folder / key(path)).write_text(json.dumps(record, sort_keys=True) + "\n")
