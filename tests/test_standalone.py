"""A copied snippet, run as `python file.py` in a fresh process, prints what the page shows.

Running every snippet this way costs a TensorFlow import each (about 3 s), so this
covers one snippet per way the shared process could differ from a fresh one:
auto-generated layer names, seeded weights, a global seed and a caught error. The
reverse-order test below runs all of them in other neighbours' company than pytest's
own pass, so a leak between two snippets shows.
"""

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from docs_tools import verify
from docs_tools.paths import ROOT
from docs_tools.verify import runner

SAMPLE = [
    "snippets/layers/dense/param_count.py",
    "snippets/layers/using/same_result.py",
    "snippets/layers/dense/formula.py",
    "snippets/layers/using/reuse_needs_same_features.py",
]


def run_alone(relative: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, relative], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_sampled_snippets_print_their_expected_output_in_a_fresh_process():
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(SAMPLE, pool.map(run_alone, SAMPLE), strict=True))
    for relative, result in results.items():
        assert result.returncode == 0, result.stderr
        expected = verify.printed_output((ROOT / relative).read_text())
        assert result.stdout.splitlines() == expected, relative


def test_snippets_do_not_depend_on_the_order_they_run_in():
    """Every snippet again, in reverse order, in new worker processes, with no re-run alone:
    a snippet that passes only after another, or breaks the next, fails here."""
    results = runner.run(list(reversed(verify.all_snippets())), confirm=False)
    failures = [result.failure for result in results.values() if result.failure]
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)
