import os
import shutil
import tempfile
from pathlib import Path

import pytest
from browser import FLAGS, chromium, serve
from needs import missing
from site_copy import build, copy_site

from docs_tools import cache, verify
from docs_tools.verify import executions, runner

# Quiet TensorFlow's C++ logging before any test imports it.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")


@pytest.fixture(scope="session")
def verified(request):
    """The session's one run of the snippets it needs: all of them when a test needs the
    built site, else the selected test_snippet ones. Passes go into the cache, where the
    site copy's build and the final `mkdocs build` find them and run nothing again."""
    items = request.session.items
    if any("built" in item.fixturenames for item in items):
        chosen = verify.all_snippets()
    else:
        chosen = [i.callspec.params["path"] for i in items if i.originalname == "test_snippet"]
    update = request.config.getoption("update_examples")
    if update:
        return runner.run(chosen, mode="update")
    # A snippet whose exact content already passed with this verifier and these versions
    # (the cache, as the build uses it) is not run again.
    done = {path.resolve(): runner.Result("pass") for path in chosen if cache.is_verified(path)}
    results = runner.run([path for path in chosen if path.resolve() not in done])
    for path, result in results.items():
        if result.failure is None:
            cache.mark_verified(path, result.found)
    return {**done, **results}


@pytest.fixture(scope="session")
def built(tmp_path_factory, verified):
    """A copy of the site built with the session's verified runs, then again unchanged."""
    root = copy_site(tmp_path_factory.mktemp("site"))
    entries = root / "cache"
    entries.mkdir()
    for path in verify.all_snippets():  # this session's passes, not older ones
        entry = cache.directory() / cache.key(path)
        if entry.exists():
            shutil.copy(entry, entries / entry.name)
    first = build(root, entries)
    assert first.returncode == 0, f"the site copy did not build:\n{first.stderr[-3000:]}"
    second = build(root, entries)
    return root, entries, first, second


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


def pytest_configure(config):
    # Count every run of a snippet's code this session, in any process it starts
    # (`.ci/run` sets its own log, for the tests and the final build together).
    if executions.VARIABLE not in os.environ:
        log = Path(tempfile.mkdtemp(prefix="executions-")) / "log"
        os.environ[executions.VARIABLE] = str(log)


def pytest_terminal_summary(terminalreporter):
    FIGURES.append(executions.summary(Path(os.environ[executions.VARIABLE])))
    if FIGURES:
        terminalreporter.section("figures measured by the tests")
        for line in FIGURES:
            terminalreporter.write_line(line)
