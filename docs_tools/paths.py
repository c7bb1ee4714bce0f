"""Where things are, how to name a file in a message, and reading a file once per version."""

import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"


def display(path: Path) -> str:
    """A path as a reader can use it: relative to the project root when inside it."""
    path = Path(path).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def per_version(read):
    """`read(path)`, computed once per version of the file: keyed by its resolved path,
    modification time and size, so a build that asks many times reads it once and
    `mkdocs serve` sees an edit."""

    @functools.lru_cache(maxsize=4096)
    def cached(path: Path, mtime_ns: int, size: int):
        return read(path)

    @functools.wraps(read)
    def once(path: Path):
        path = Path(path).resolve()
        stat = path.stat()
        return cached(path, stat.st_mtime_ns, stat.st_size)

    return once
