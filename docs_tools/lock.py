"""requirements.lock: every package, direct or not, pinned and hashed, from requirements.txt.

    python -m docs_tools.lock      # rewrite requirements.lock after editing requirements.txt

`requirements.txt` is the short list people edit; `requirements.lock` is what gets
installed (`pip install -r requirements.lock`: with hashes, pip refuses any file whose
hash differs). The lock is resolved for the machines this project is built on:
CPython 3.11.7 on x86-64 Linux.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from docs_tools.paths import ROOT, display

DIRECT = ROOT / "requirements.txt"
LOCK = ROOT / "requirements.lock"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>[^\s;\\]+)")
TARGET = ["--python-version", "3.11.7", "--python-platform", "x86_64-manylinux_2_28"]


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text("utf-8").splitlines():
        match = PIN.match(line.strip())
        if match:
            found[_name(match["name"])] = match["version"]
    return found


def problems(direct: Path = DIRECT, lock: Path = LOCK) -> list[str]:
    """Why the lock does not match the direct pins, or [] when it does."""
    if not lock.is_file():
        return [f"{display(lock)} is missing: run `python -m docs_tools.lock`"]
    wanted, locked = pins(direct), pins(lock)
    found = []
    for name, version in sorted(wanted.items()):
        if locked.get(name) != version:
            found.append(f"{name}=={version} in {display(direct)}, {locked.get(name)} in the lock")
    text = lock.read_text("utf-8")
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = PIN.match(block)
        if not match:
            continue
        if "--hash=sha256:" not in block:
            found.append(f"{match['name']} has no hash in {display(lock)}")
        if "-r requirements.txt" in block and _name(match["name"]) not in wanted:
            found.append(f"{match['name']} is locked as direct but no longer in {display(direct)}")
    if found:
        found.append("run `python -m docs_tools.lock` to update the lock")
    return found


def main() -> int:
    uv = Path(sys.executable).parent / "uv"
    command = [str(uv), "pip", "compile", DIRECT.name, "--generate-hashes", *TARGET]
    command += ["--custom-compile-command", "python -m docs_tools.lock", "-o", LOCK.name]
    run = subprocess.run(command, cwd=ROOT)
    if run.returncode == 0:
        print(f"wrote {display(LOCK)}")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
