"""A test that cannot run for want of a browser or node skips locally and fails in CI."""

import re
from pathlib import Path

import pytest
from needs import missing, node

HERE = Path(__file__).parent


def test_missing_fails_under_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"^Chromium is not installed \(CI=true"):
        missing("Chromium is not installed")


@pytest.mark.parametrize("ci", [None, "", "false"])
def test_missing_skips_outside_ci(monkeypatch, ci):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="^Chromium is not installed$"):
        missing("Chromium is not installed")


def test_node_fails_under_ci_when_missing(monkeypatch):
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("PATH", "")
    with pytest.raises(pytest.fail.Exception, match="node is not installed"):
        node()


def test_every_skip_goes_through_missing():
    skips = [
        f"{path.name}:{number}"
        for path in sorted(HERE.glob("*.py"))
        if path.name not in {"needs.py", Path(__file__).name}
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if re.search(r"pytest\.(skip|importorskip)\b|mark\.skip", line)
    ]
    assert skips == [], "skip through needs.missing, which fails under CI"
