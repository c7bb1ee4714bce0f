"""A throwaway copy of the site's sources, to break on purpose and build."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from docs_tools import project

BIN = Path(sys.executable).parent


def copy_site(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    return project.copy(target)


def copy_built(built, target: Path) -> tuple[Path, Path]:
    """A copy of the sources with the built copy's caches (verified runs, notebook
    renderings): a build of it runs and renders only what the test changes."""
    root = copy_site(target / "site")
    shutil.copytree(built[1], target / "cache")
    renderings = built[0] / ".cache" / "mkdocs-jupyter"
    if renderings.is_dir():
        shutil.copytree(renderings, root / ".cache" / "mkdocs-jupyter")
    return root, target / "cache"


def run(
    command: list[str], cwd: Path, cache: Path, extra: dict | None = None
) -> subprocess.CompletedProcess:
    """Run a project command in a copy, as a user would, with its own snippet cache."""
    env = {**os.environ, "DOCS_CACHE_DIR": str(cache), "NO_MKDOCS_2_WARNING": "1", **(extra or {})}
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(
        [str(BIN / command[0]), *command[1:]], cwd=cwd, env=env, capture_output=True, text=True
    )


def build(cwd: Path, cache: Path) -> subprocess.CompletedProcess:
    return run(["mkdocs", "build", "--strict", "--site-dir", str(cwd / "site")], cwd, cache)
