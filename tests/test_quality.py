"""The About page's quality table shows what quality/budget.py measured, and nothing else;
budget.py keeps the median of its Lighthouse runs."""

import importlib.util
import itertools
import json

import pytest

from docs_tools.content import quality
from docs_tools.paths import ROOT


def results(tmp_path, monkeypatch, **lighthouse):
    path = tmp_path / "results.json"
    data = {
        "date": "2026-11-26",
        "versions": {"tensorflow": "2.21.0", "keras": "3.15.1", "python": "3.11.7"},
        "lighthouse": lighthouse,
        "axe_pages": 38,
        "axe_violations": 0,
        "broken_links": 0,
    }
    path.write_text(json.dumps(data))
    monkeypatch.setattr(quality, "RESULTS", path)


def test_table_shows_the_median_run_and_every_runs_performance(tmp_path, monkeypatch):
    scores = {"accessibility": 100, "best-practices": 100, "seo": 100, "benchmark-index": 1600}
    runs = {"/": {**scores, "performance": 97, "performance-runs": [96, 97, 99]}}
    results(tmp_path, monkeypatch, **runs)
    english, korean = quality.table(korean=False), quality.table(korean=True)
    assert "| `/` | 97 | 100 | 100 | 100 | 1600 |" in english
    assert "median of 3 Lighthouse runs; their performance scores: `/` 96, 97, 99." in english
    assert "3번 실행한 결과의 중앙값" in korean and "`/` 96, 97, 99" in korean
    assert "2026-11-26" in english and "TensorFlow 2.21.0" in korean


def test_missing_results_name_the_file_and_the_command(tmp_path, monkeypatch):
    monkeypatch.setattr(quality, "RESULTS", tmp_path / "results.json")
    with pytest.raises(quality.QualityError, match=r"results.json: .*python quality/budget.py"):
        quality.table(korean=False)


def budget_module():
    """quality/budget.py, loaded as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("budget", ROOT / "quality/budget.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RUNS = [  # each run's scores differ in every category, so a mixed result shows
    {"performance": 92, "accessibility": 98, "best-practices": 95, "seo": 91, "benchmark-index": 1},
    {"performance": 97, "accessibility": 99, "best-practices": 96, "seo": 92, "benchmark-index": 2},
    {
        "performance": 99,
        "accessibility": 100,
        "best-practices": 97,
        "seo": 93,
        "benchmark-index": 3,
    },
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=str)
def test_median_lighthouse_keeps_the_run_with_the_median_performance(monkeypatch, order):
    """Whatever order the runs come in, the whole median run (performance 97) is kept:
    not the first run, the last, the best or the worst."""
    budget = budget_module()
    runs = iter([RUNS[i] for i in order])
    monkeypatch.setattr(budget, "lighthouse", lambda url: dict(next(runs)))
    assert budget.median_lighthouse("http://127.0.0.1/") == {
        **RUNS[1],
        "performance-runs": [92, 97, 99],
    }
