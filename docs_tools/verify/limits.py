"""How long a snippet may run before verification stops it: `[tool.snippets]` in pyproject.toml.

    [tool.snippets]
    time-limit = 60                                      # seconds, for every snippet
    [tool.snippets.time-limits]
    "snippets/training/digits/train.py" = 300            # a slow one, named by its path

The nearest pyproject.toml above a snippet holds its limit (the project's own, or a test's
small tree). A limit that names no snippet, or is not a positive number, stops with the
file and line.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from docs_tools.paths import ROOT, display

CONFIG = ROOT / "pyproject.toml"
DEFAULT = 60.0


class LimitError(Exception):
    """pyproject.toml's time limits are wrong; the message names the file and line."""


@cache
def _table(config: Path = CONFIG) -> tuple[float, dict[str, float]]:
    text = config.read_text("utf-8")
    section = tomllib.loads(text).get("tool", {}).get("snippets", {})
    default = section.get("time-limit", DEFAULT)
    limits = dict(section.get("time-limits", {}))

    def where(name: str) -> str:
        line = next((n for n, t in enumerate(text.splitlines(), 1) if name in t), 1)
        return f"{display(config)}:{line}"

    for name, value in [("time-limit", default), *limits.items()]:
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise LimitError(f"{where(name)}: time limit {value!r} is not a positive number")
    for name in limits:
        if not (config.parent / name).is_file():
            raise LimitError(f"{where(name)}: a time limit for {name}, which does not exist")
    return float(default), {name: float(value) for name, value in limits.items()}


def seconds(path: Path) -> float:
    """The time limit of one snippet, in seconds, from the nearest pyproject.toml above it."""
    path = Path(path).resolve()
    config = next((d / CONFIG.name for d in path.parents if (d / CONFIG.name).is_file()), CONFIG)
    default, limits = _table(config)
    try:
        name = Path(path).resolve().relative_to(config.parent).as_posix()
    except ValueError:
        return default
    return limits.get(name, default)
