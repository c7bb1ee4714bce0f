"""Every snippet runs, and prints exactly what its `#>` comments say.

The snippets run once per session, together, in the verifier's worker processes (the
`verified` fixture in conftest.py, which also records each pass in the cache for the
builds), so a snippet that exits, hangs or crashes fails its own test and no other.
`pytest --update-examples` rewrites the `#>` lines from a real run instead.
"""

import pytest

from docs_tools import verify
from docs_tools.paths import display
from docs_tools.verify import lint

SNIPPETS = verify.all_snippets()


@pytest.mark.parametrize("path", SNIPPETS, ids=[display(p) for p in SNIPPETS])
def test_snippet(path, request, verified):
    result = verified[path.resolve()]
    if result.failure:
        pytest.fail(result.failure, pytrace=False)
    if request.config.getoption("update_examples"):
        if result.expected != path.read_text("utf-8"):
            path.write_text(result.expected, "utf-8")
        lint.format_file(path)
        return


@pytest.mark.parametrize("path", SNIPPETS, ids=[display(p) for p in SNIPPETS])
def test_snippet_is_ruff_clean(path):
    problems = lint.problems(path)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
