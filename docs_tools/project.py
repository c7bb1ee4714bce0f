"""A copy of the project, for tests that break it on purpose and for benchmarks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from docs_tools.paths import ROOT

PARTS = [
    "docs",
    "snippets",
    "docs_tools",
    "overrides",
    "tests",
    "benchmarks",
    "compat",
    "quality",
    "mkdocs.yml",
    "glossary.yml",
    "reference.yml",
    "translations.json",
    "pyproject.toml",
]
# The whole project, for running its whole test suite in a copy (benchmarks/build_speed.py):
# the tests also read the workflows, the CI script, the requirements and the lock, and the
# Korean style guide (its tables are the Korean lint's data).
EVERYTHING = [*PARTS, ".github", ".ci", ".gitignore", "README.md", "korean-style.md"]
EVERYTHING += ["requirements.txt", "requirements.lock"]


def files(parts: list[str] = PARTS) -> list[str]:
    """The project's files: those git tracks (as they are on disk), else every file.

    Work in progress that is not yet added to git stays out of copies, so a copy
    builds whatever state the author has half-written elsewhere.
    """
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--", *parts], cwd=ROOT, capture_output=True, text=True
    )
    if listed.returncode == 0 and listed.stdout:
        return [name for name in listed.stdout.split("\0") if name and (ROOT / name).exists()]
    found = []
    for part in parts:
        path = ROOT / part
        found += [p.relative_to(ROOT).as_posix() for p in path.rglob("*") if p.is_file()]
        found += [part] if path.is_file() else []
    return [name for name in found if "__pycache__" not in name]


def copy(target: Path, parts: list[str] = PARTS) -> Path:
    for name in files(parts):
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    return target
