import os

import pytest
from browser import FLAGS, chromium, serve
from needs import missing
from site_copy import build, copy_site

# Quiet TensorFlow's C++ logging before any test imports it.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A copy of the site built once from an empty cache, then built again unchanged."""
    root = copy_site(tmp_path_factory.mktemp("site"))
    cache = root / "cache"
    first = build(root, cache)
    assert first.returncode == 0, f"the site copy did not build:\n{first.stderr[-3000:]}"
    second = build(root, cache)
    return root, cache, first, second


@pytest.fixture(scope="session")
def site(built):
    """The built copy served on localhost: its base URL."""
    server, base = serve(built[0] / "site")
    yield base
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    binary, why = chromium()
    if binary is None:
        missing(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(binary), args=FLAGS)
        yield launched
        launched.close()


# Figures measured by tests, printed at the end of the run (e.g. by `.ci/run`).
FIGURES: list[str] = []


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("figures measured by the tests")
        for line in FIGURES:
            terminalreporter.write_line(line)
