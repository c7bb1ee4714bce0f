"""What a test needs from the machine (Chromium, node): skipped where it is missing,
but never under CI, where a run whose browser or node tests all skipped must not be green.
"""

from __future__ import annotations

import os
import shutil

import pytest


def missing(why: str):
    """Skip the calling test, saying why; under CI (`CI=true`, as GitHub Actions sets) fail."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{why} (CI=true: a test that cannot run fails instead of skipping)")
    pytest.skip(why)


def node() -> str:
    """The node binary, or the test is skipped (failed under CI)."""
    found = shutil.which("node")
    if found is None:
        missing("node is not installed: install Node.js 18 or newer")
    return found
