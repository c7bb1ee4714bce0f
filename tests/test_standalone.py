"""A copied snippet, run as `python file.py` in a fresh process, prints what the page shows.

Running every snippet this way costs a TensorFlow import each (about 3 s), so this
covers one snippet per way the shared process could differ from a fresh one:
auto-generated layer names, seeded weights, a global seed and a caught error. Order
dependence is covered for all of them by the reproducible-build test in test_deploy.py,
whose clean build runs every snippet in reverse order.
"""

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from docs_tools import verify
from docs_tools.paths import ROOT

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
