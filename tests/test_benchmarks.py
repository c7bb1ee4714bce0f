"""The Build speed page shows the benchmark's results for the content the site has now."""

import json

import pytest

from docs_tools import notebooks, verify
from docs_tools.content import benchmarks


def test_recorded_results_match_the_site_within_ten_percent():
    """Re-run `python benchmarks/build_speed.py` when the content has grown (or shrunk)
    by more than a tenth since it last ran: the page must not show another pipeline."""
    data = json.loads(benchmarks.RESULTS.read_text("utf-8"))
    real = data["sets"]["real"]
    now = {"snippets": len(verify.all_snippets()), "notebooks": len(notebooks.notebook_pages())}
    for name, count in now.items():
        recorded = real[name]
        assert abs(recorded - count) <= 0.1 * count, (
            f"benchmarks/results.json measured {recorded} {name}, the site has {count}: "
            "run `python benchmarks/build_speed.py`"
        )
    assert data["commit"] and data["date"]
    if "4x" in data["sets"]:  # `--sets real` measures the real content only
        assert data["sets"]["4x"]["snippets"] >= 3.5 * real["snippets"]


@pytest.mark.parametrize("korean", [False, True])
def test_table_shows_every_figure_with_its_target(tmp_path, korean):
    data = json.loads(benchmarks.RESULTS.read_text("utf-8"))
    table = benchmarks.table(korean)
    assert data["commit"] in table and data["date"] in table
    rows = [line for line in table.splitlines() if line.startswith("| ")][2:]  # after the head
    assert len(rows) == len(benchmarks.ROWS) + 1
    goals = [row.strip().strip("|").split("|")[-1].strip() for row in rows]
    assert goals.count("") == sum(1 for row in benchmarks.ROWS if row[3] is None)
    assert ("≤ 300 (실제 묶음)" if korean else "≤ 300 (real set)") in table
