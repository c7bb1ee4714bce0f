"""A throwaway copy of the site's sources, to break on purpose and build."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from docs_tools.paths import ROOT

PARTS = [
    "docs",
    "snippets",
    "docs_tools",
    "tests",
    "benchmarks",
    "mkdocs.yml",
    "glossary.yml",
    "translations.json",
    "pyproject.toml",
]
BIN = Path(sys.executable).parent


def copy_site(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


def run(command: list[str], cwd: Path, cache: Path) -> subprocess.CompletedProcess:
    """Run a project command in a copy, as a user would, with its own snippet cache."""
    env = {**os.environ, "DOCS_CACHE_DIR": str(cache), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(
        [str(BIN / command[0]), *command[1:]], cwd=cwd, env=env, capture_output=True, text=True
    )


def build(cwd: Path, cache: Path) -> subprocess.CompletedProcess:
    return run(["mkdocs", "build", "--strict", "--site-dir", str(cwd / "site")], cwd, cache)
