"""Verification: does each snippet print what its `#>` lines say?

In:  snippet files under snippets/. Out: pass, or a compiler-style failure naming the
file and line; a pass records the model the snippet built (for diagrams).

- snippet:   the single definition of "verified" for one snippet (run, record prints, compare)
- isolation: a snippet run in a shared process as if it were the first (state, files, exits)
- runner:    many snippets in worker processes, time limits, crashes, leaks blamed right
- worker:    the verifying process the runner starts
- limits:    each snippet's time limit, from pyproject.toml
"""

import os

from docs_tools.verify.snippet import (
    UPDATE_HINT,
    SnippetError,
    SnippetLeaked,
    SnippetRaised,
    all_snippets,
    check,
    code_without_output,
    describe_drift,
    expected_source,
    printed_output,
    update,
)

__all__ = [
    "UPDATE_HINT",
    "SnippetError",
    "SnippetLeaked",
    "SnippetRaised",
    "all_snippets",
    "check",
    "check_all",
    "code_without_output",
    "describe_drift",
    "expected_source",
    "printed_output",
    "update",
]


def check_all(paths, use_cache: bool = True):
    """Verify each snippet not already verified; return (snippets run, failure messages).

    Passes are recorded in the cache (docs_tools.cache), with the model each built.
    """
    from docs_tools import cache
    from docs_tools.verify import runner

    todo = [path for path in paths if not (use_cache and cache.is_verified(path))]
    if os.environ.get("DOCS_VERIFY_ORDER") == "reverse":  # tests/test_deploy.py: no snippet
        todo.reverse()  # may depend on the ones that usually run before it
    results = runner.run(todo)
    failures = []
    for path in todo:
        result = results[path.resolve()]
        if result.failure is None:
            cache.mark_verified(path, result.found)
        else:
            failures.append(result.failure)
    return todo, failures
