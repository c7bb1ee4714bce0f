"""Verification: does each snippet print what its `#>` lines say?

In:  snippet files under snippets/. Out: pass, or a compiler-style failure naming the
file and line; a pass records, in the cache, the model the snippet built (for diagrams)
and what it showed (printed text, figures: the notebooks' outputs).

- snippet:   the single definition of "verified" for one snippet (run, record prints, compare)
- isolation: a snippet run in a shared process as if it were the first (state, files, exits)
- runner:    many snippets in worker processes, time limits, crashes, leaks blamed right
- worker:    the verifying process the runner starts
- limits:    each snippet's time limit, from pyproject.toml
- cache:     the passes, keyed by a snippet's content, this stage's code and the versions
- outputs, model_structure, localize: what a pass records (printed text and figures, the
  model it built, the Korean copy of both) for notebooks, diagrams and Korean pages
- executions: the log of every snippet run, for "each snippet runs once"
- lint:      snippet formatting that keeps `#>` lines
"""

import os
import random

from docs_tools.verify.snippet import (
    UPDATE_HINT,
    Snippet,
    SnippetError,
    SnippetLeaked,
    SnippetRaised,
    all_snippets,
    check,
    code_without_output,
    describe_drift,
    expected_source,
    parse,
    printed_output,
    update,
)

__all__ = [
    "UPDATE_HINT",
    "SnippetError",
    "SnippetLeaked",
    "SnippetRaised",
    "Snippet",
    "all_snippets",
    "check",
    "check_all",
    "run_uncached",
    "code_without_output",
    "describe_drift",
    "expected_source",
    "parse",
    "printed_output",
    "update",
]


def run_uncached(paths, use_cache: bool = True) -> dict:
    """Run each snippet with no cached pass, record the passes; {resolved path: Result}.

    A cached pass is not run again (its Result's status is "cached"). The one place that
    decides what runs: the build (`check_all`) and the tests' session run both come here.
    """
    from docs_tools.verify import cache, runner

    cached = [path for path in paths if use_cache and cache.is_verified(path)]
    done = {path.resolve(): runner.Result("cached") for path in cached}
    todo = [path for path in paths if path.resolve() not in done]
    _reorder(todo, os.environ.get("DOCS_VERIFY_ORDER", ""))
    results = runner.run(todo)
    for path in todo:
        result = results[path.resolve()]
        if result.failure is None:
            cache.mark_verified(path, result.found)
    return {**done, **results}


def _reorder(paths: list, order: str) -> None:
    """DOCS_VERIFY_ORDER: `reverse`, or `shuffle:<seed>` (`.ci/run` seeds with the commit, so
    each commit runs the snippets in another order, repeatable from the seed). No snippet
    may depend on the ones that usually run before it; the isolation restores what they
    change, and the runner blames a leak it finds on the snippet that left it."""
    if order == "reverse":
        paths.reverse()
    elif order.startswith("shuffle:"):
        random.Random(order).shuffle(paths)
    elif order:
        raise ValueError(f"DOCS_VERIFY_ORDER={order!r}: expected reverse or shuffle:<seed>")


def check_all(paths, use_cache: bool = True):
    """Verify each snippet not already verified; return (snippets run, failure messages).

    Passes are recorded in the cache (docs_tools.verify.cache), with what each run found.
    """
    results = run_uncached(paths, use_cache)
    ran = [path for path in paths if results[path.resolve()].status != "cached"]
    return ran, [results[p.resolve()].failure for p in ran if results[p.resolve()].failure]
