"""Every snippet runs, and prints exactly what its `#>` comments say.

`pytest --update-examples` rewrites the `#>` lines from a real run instead.
"""

import pytest

from docs_tools import cache, lint, verify
from docs_tools.paths import display

SNIPPETS = verify.all_snippets()


@pytest.mark.parametrize("path", SNIPPETS, ids=[display(p) for p in SNIPPETS])
def test_snippet(path, request):
    try:
        if request.config.getoption("update_examples"):
            verify.update(path)
            lint.format_file(path)
            return
        model = verify.check(path)
    except verify.SnippetError as exc:
        pytest.fail(str(exc), pytrace=False)
    # A pass here spares the docs build from running the same snippet again.
    cache.mark_verified(path, model)


@pytest.mark.parametrize("path", SNIPPETS, ids=[display(p) for p in SNIPPETS])
def test_snippet_is_ruff_clean(path):
    problems = lint.problems(path)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
