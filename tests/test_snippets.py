"""Every snippet runs, and prints exactly what its `#>` comments say.

The selected snippets run once, together, in the verifier's worker processes (one per
core), so a snippet that exits, hangs or crashes fails its own test and no other.
`pytest --update-examples` rewrites the `#>` lines from a real run instead.
"""

import pytest

from docs_tools import cache, lint, verify
from docs_tools.paths import display
from docs_tools.verify import runner

SNIPPETS = verify.all_snippets()


@pytest.fixture(scope="session")
def results(request):
    """Each selected snippet's result, from one run of all of them."""
    selected = [
        item.callspec.params["path"]
        for item in request.session.items
        if item.originalname == "test_snippet"
    ]
    update = request.config.getoption("update_examples")
    return runner.run(selected, mode="update" if update else "check")


@pytest.mark.parametrize("path", SNIPPETS, ids=[display(p) for p in SNIPPETS])
def test_snippet(path, request, results):
    result = results[path.resolve()]
    if result.failure:
        pytest.fail(result.failure, pytrace=False)
    if request.config.getoption("update_examples"):
        if result.expected != path.read_text("utf-8"):
            path.write_text(result.expected, "utf-8")
        lint.format_file(path)
        return
    # A pass here spares the docs build from running the same snippet again.
    cache.mark_verified(path, result.model)


@pytest.mark.parametrize("path", SNIPPETS, ids=[display(p) for p in SNIPPETS])
def test_snippet_is_ruff_clean(path):
    problems = lint.problems(path)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
