"""The About page's quality table shows what quality/budget.py measured, and nothing else."""

import json

import pytest

from docs_tools import quality


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
