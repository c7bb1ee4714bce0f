"""A throwaway copy of the site's sources, to break on purpose and build."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from docs_tools import project

BIN = Path(sys.executable).parent
# The notebook the `edited` fixture edits by hand (notebooks are build artifacts).
HAND_EDITED = "docs/layers/convolution/notebook.ipynb"


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
    for name in ("PYTEST_ADDOPTS", "PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT"):
        env.pop(name, None)  # a command in a copy is not part of this test run
    return subprocess.run(
        [str(BIN / command[0]), *command[1:]], cwd=cwd, env=env, capture_output=True, text=True
    )


def build(cwd: Path, cache: Path) -> subprocess.CompletedProcess:
    return run(["mkdocs", "build", "--strict", "--site-dir", str(cwd / "site")], cwd, cache)


SITE_URL = "https://example.github.io/keras-layers-docs/"
EDIT_URI = "https://github.com/example/keras-layers-docs/edit/main/docs/"
COMMITTED = "2026-01-02"


def deploy_build(root: Path, cache: Path, renderings: Path | None = None):
    """Build a fresh copy in `root` as the deploy workflow does, from a one-commit checkout
    (with `renderings`, mkdocs-jupyter's cache of notebook renderings, copied in first)."""
    copy_site(root)
    if renderings:
        shutil.copytree(renderings, root / ".cache" / "mkdocs-jupyter")
    when = {
        "GIT_AUTHOR_DATE": f"{COMMITTED}T12:00:00Z",
        "GIT_COMMITTER_DATE": f"{COMMITTED}T12:00:00Z",
    }
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    for command in (["git", "init", "-q"], ["git", "add", "-A"], [*git, "commit", "-qm", "copy"]):
        subprocess.run(command, cwd=root, check=True, env={**os.environ, **when})
    env = {"SITE_URL": SITE_URL, "EDIT_URI": EDIT_URI}
    build = run(["mkdocs", "build", "--strict", "--site-dir", str(root / "site")], root, cache, env)
    return root / "site", build
