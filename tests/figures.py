"""Figures measured by tests, printed at the end of the run (e.g. by `.ci/run`).

Under pytest-xdist each test runs in a worker process, so a figure is appended to a file
that the main process (conftest.py's pytest_configure) names in the environment its
workers inherit, and printed from there by pytest_terminal_summary.
"""

import os
from pathlib import Path

VARIABLE = "DOCS_TEST_FIGURES"


def add(line: str) -> None:
    with open(os.environ[VARIABLE], "a", encoding="utf-8") as file:
        file.write(line.replace("\n", " ") + "\n")


def lines() -> list[str]:
    path = Path(os.environ[VARIABLE])
    return path.read_text("utf-8").splitlines() if path.exists() else []
