"""Hold snippets to the project's ruff rules without breaking their `#>` lines.

`ruff format` would rewrite `#>` to `# >`, so formatting runs on the snippet and
the marker is put back, as pytest-examples does for black.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from ruff.__main__ import find_ruff_bin

from docs_tools.paths import ROOT, display

# pytest-examples writes long output between ''' quotes; keep whatever quotes it chose.
FORMAT = ["format", "--config", "format.quote-style='preserve'"]


def _ruff(args: list[str], path: Path, source: str) -> subprocess.CompletedProcess:
    command = [find_ruff_bin(), *args, "--stdin-filename", str(path), "-"]
    return subprocess.run(command, input=source, capture_output=True, text=True, cwd=ROOT)


def formatted(path: Path, source: str) -> str:
    result = _ruff(FORMAT, path, source)
    if result.returncode != 0:
        raise ValueError(result.stderr)
    return re.sub(r"^( *)# >", r"\1#>", result.stdout, flags=re.M)


def problems(path: Path) -> list[str]:
    """ruff's lint findings and any formatting difference, as `file:line: message` lines."""
    source = path.read_text("utf-8")
    found = []
    check = _ruff(["check", "--output-format", "concise"], path, source)
    # ruff names the file as it sees fit (relative to its cwd); keep line:col: message.
    for line in check.stdout.splitlines():
        match = re.match(r"^.+?:(\d+:\d+: .*)$", line)
        if match:
            found.append(f"{display(path)}:{match[1]}")
    if check.returncode not in (0, 1):
        found.append(f"{display(path)}:1: ruff failed: {check.stderr.strip()}")
    if formatted(path, source) != source:
        found.append(f"{display(path)}:1: not formatted; `pytest --update-examples` formats it")
    return found


def format_file(path: Path) -> None:
    path.write_text(formatted(path, path.read_text("utf-8")), "utf-8")
