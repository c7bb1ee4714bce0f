import json
import os
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import figures
import pytest
from filelock import FileLock
from needs import missing
from site_copy import HAND_EDITED, SITE_URL, build, copy_built, deploy_build

from docs_tools import verify
from docs_tools.paths import ROOT
from docs_tools.site.browser import FLAGS, chromium, serve
from docs_tools.verify import cache, executions, runner

# Quiet TensorFlow's C++ logging before any test imports it.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")


def once(config, tmp_path_factory, name: str, make):
    """Compute a session value once for the whole run, whichever xdist worker asks first:
    the others wait for it and read the JSON it wrote (in the run's shared temp folder)."""
    base = tmp_path_factory.getbasetemp()
    if hasattr(config, "workerinput"):  # an xdist worker
        base = base.parent  # the folder all workers' temp folders share
    path = base / f"{name}.json"
    with FileLock(f"{path}.lock"):
        if not path.exists():
            path.write_text(json.dumps(make()), "utf-8")
        return json.loads(path.read_text("utf-8"))


def chosen_snippets(session) -> list[Path]:
    """All snippets when a test needs the built site, else the selected test_snippet ones."""
    items = session.items
    if any("built" in item.fixturenames for item in items):
        return verify.all_snippets()
    return [i.callspec.params["path"] for i in items if i.originalname == "test_snippet"]


def verify_snippets(paths: list[Path], update: bool) -> dict[str, dict]:
    if update:
        results = runner.run(paths, mode="update")
    else:
        # A snippet whose exact content already passed with this verifier and these
        # versions (the cache, as the build uses it) is not run again.
        results = verify.run_uncached(paths)
    return {str(p): {"failure": r.failure, "expected": r.expected} for p, r in results.items()}


@pytest.fixture(scope="session")
def verified(request, tmp_path_factory):
    """The session's one run of the snippets it needs (`chosen_snippets`), shared by the
    xdist workers. Passes go into the cache, where the site copy's build and the final
    `mkdocs build` find them and run nothing again. {resolved path: failure, expected}"""
    update = bool(request.config.getoption("update_examples"))
    paths = chosen_snippets(request.session)
    found = once(
        request.config, tmp_path_factory, "verified", lambda: verify_snippets(paths, update)
    )
    return {Path(path): SimpleNamespace(**result) for path, result in found.items()}


def saved(run) -> list:
    """A finished build as JSON `once` can share: [returncode, stderr]."""
    return [run.returncode, run.stderr]


def loaded(record: list) -> SimpleNamespace:
    return SimpleNamespace(returncode=record[0], stderr=record[1])


def build_copy(folder: Path) -> dict:
    """The site copy, built once with this run's verified passes as the deploy workflow
    builds it (site_copy.deploy_build: a git checkout, under a sub-path, with edit links
    and dates), so the deploy tests and the browser tests share one build."""
    entries = folder / "cache"
    entries.mkdir()
    for path in verify.all_snippets():  # this run's passes, not older ones
        entry = cache.directory() / cache.key(path)
        if entry.exists():
            shutil.copy(entry, entries / entry.name)
    root = folder / "project"
    _, run = deploy_build(root, entries)
    share_renderings(root)
    return {"root": str(root), "cache": str(entries), "run": saved(run)}


def share_renderings(root: Path) -> None:
    """The copy's notebook renderings into the project's own cache, as its verified runs
    already are: mkdocs-jupyter keys them by the notebook's content, so the final
    `mkdocs build` of a CI run renders none again."""
    target = ROOT / ".cache" / "mkdocs-jupyter"
    target.mkdir(parents=True, exist_ok=True)
    for entry in (root / ".cache" / "mkdocs-jupyter").glob("*.json"):
        if not (target / entry.name).exists():
            shutil.copy(entry, target / entry.name)


@pytest.fixture(scope="session")
def built(request, tmp_path_factory, verified):
    """(copy root, its cache, its build), made once per test run."""
    make = lambda: build_copy(tmp_path_factory.mktemp("site"))  # noqa: E731
    found = once(request.config, tmp_path_factory, "built", make)
    first = loaded(found["run"])
    assert first.returncode == 0, f"the site copy did not build:\n{first.stderr[-3000:]}"
    return Path(found["root"]), Path(found["cache"]), first


def build_edited(built, target: Path) -> dict:
    """A copy of the built site with two edits an author might make, built once for the
    tests of both: an English page ahead of its Korean twin, a notebook edited by hand.
    It is also the warm rebuild: what an author's next build runs and imports."""
    root, entries = copy_built(built, target)
    page = root / "docs/layers/dense.md"
    page.write_text(page.read_text() + "\nA paragraph the Korean page does not have yet.\n")
    notebook = root / HAND_EDITED
    notebook.parent.mkdir(parents=True, exist_ok=True)
    book = json.loads((built[0] / HAND_EDITED).read_text())
    book["cells"][-1]["source"] = "print('edited by hand')"
    notebook.write_text(json.dumps(book))
    return {"root": str(root), "run": saved(build(root, entries))}


@pytest.fixture(scope="session")
def edited(request, tmp_path_factory, built):
    """(copy root, its build) of `build_edited`, made once per test run."""
    make = lambda: build_edited(built, tmp_path_factory.mktemp("edited"))  # noqa: E731
    found = once(request.config, tmp_path_factory, "edited", make)
    return Path(found["root"]), loaded(found["run"])


@pytest.fixture(scope="session")
def deployed(built):
    """The built site, as the deploy workflow builds it (`build_copy`)."""
    return built[0] / "site"


@pytest.fixture(scope="session")
def site(built):
    """The built copy served on localhost under its sub-path, as GitHub Pages serves it:
    its base URL (http://127.0.0.1:<port>/keras-layers-docs)."""
    server, base = serve(built[0] / "site", urlsplit(SITE_URL).path)
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


def pytest_configure(config):
    if hasattr(config, "workerinput"):
        return  # an xdist worker: it inherited the main process's files below
    # Count every run of a snippet's code this session, in any process it starts
    # (`.ci/run` sets its own log, for the tests and the final build together).
    if executions.VARIABLE not in os.environ:
        log = Path(tempfile.mkdtemp(prefix="executions-")) / "log"
        os.environ[executions.VARIABLE] = str(log)
    os.environ[figures.VARIABLE] = str(Path(tempfile.mkdtemp(prefix="figures-")) / "lines")


def pytest_collection_modifyitems(items):
    """Order for two xdist workers: the first test to need the built site comes first, so
    one worker starts the run's verification and site build at once, while the other works
    through the tests that need neither; then the rest."""
    needs = [item for item in items if "verified" in item.fixturenames]
    free = [item for item in items if "verified" not in item.fixturenames]
    first = [item for item in needs if "built" in item.fixturenames][:1]
    items[:] = first + free + [item for item in needs if item not in first]


def pytest_terminal_summary(terminalreporter):
    found = [*figures.lines(), executions.summary(Path(os.environ[executions.VARIABLE]))]
    terminalreporter.section("figures measured by the tests")
    for line in found:
        terminalreporter.write_line(line)
