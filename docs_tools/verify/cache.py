"""Remember which snippets passed, keyed by their content and the pinned versions.

A key changes when the snippet, the verifier, Python or a package that shapes
the output changes, so a stale pass can never be reused.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from docs_tools import upstream
from docs_tools.paths import ROOT, display, per_version

# Packages whose version can change what a snippet prints.
VERSIONED = ("tensorflow", "keras", "numpy", "pytest-examples", "scikit-learn", "matplotlib")


@functools.cache
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
    for file in [Path(path), *local_imports(Path(path))]:
        digest.update(file.read_bytes())
    for verifier in verifier_files():
        digest.update(_bytes(verifier))
    digest.update(json.dumps(versions(), sort_keys=True).encode())
    return digest.hexdigest()


def verifier_files() -> list[Path]:
    """The verification stage: the modules that define and run it, what a pass records (the
    model's structure for diagrams), the table its Korean figures are drawn with and the
    library quirks it calls (docs_tools/upstream.py). A change to any re-runs every snippet."""
    return [*sorted(Path(__file__).parent.glob("*.py")), Path(upstream.__file__)]


def local_imports(path: Path, seen: set[Path] | None = None) -> list[Path]:
    """Project files a snippet imports, directly or through each other.

    `python snippets/a/b.py` looks up imports next to the file first, then in the
    project root, so a module found there is part of what the snippet runs.
    """
    seen = set() if seen is None else seen
    found = []
    for name in _imported_names(path):
        for base in (path.parent, ROOT):
            candidate = _module_file(base, name)
            if candidate and candidate.resolve() not in seen:
                seen.add(candidate.resolve())
                found += [candidate, *local_imports(candidate, seen)]
                break
    return found


# A build asks for each snippet's key several times: each file is read once per version.
_bytes = per_version(Path.read_bytes)


@per_version
def _imported_names(path: Path) -> tuple[str, ...]:
    try:
        tree = ast.parse(path.read_text("utf-8"))
    except SyntaxError:
        return ()  # the run reports it; the key still covers the file's own bytes
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return tuple(names)


def _module_file(base: Path, name: str) -> Path | None:
    parts = base.joinpath(*name.split("."))
    for candidate in (parts.with_suffix(".py"), parts / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def is_verified(path: Path) -> bool:
    return (directory() / key(path)).exists()


def mark_verified(path: Path, found: dict | None = None) -> None:
    """Record a pass, with what the run found (verify.check): the structure of the model
    the snippet left in `model`, for diagrams, and its outputs, for notebooks."""
    folder = directory()
    folder.mkdir(parents=True, exist_ok=True)
    found = found or {}
    record = {
        "snippet": display(path),
        "versions": versions(),
        "model": found.get("model"),
        "outputs": found.get("outputs", []),
    }
    (folder / key(path)).write_text(json.dumps(record, sort_keys=True) + "\n")


def record(path: Path) -> dict | None:
    """The cached pass of a snippet as it is now, or None if it has not passed."""
    entry = directory() / key(path)
    return json.loads(entry.read_text("utf-8")) if entry.exists() else None
