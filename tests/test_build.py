"""The build gate, end to end: real `mkdocs build` and `pytest` runs on copies of the site."""

import os
import re
import socket
import subprocess
import threading
import time
import urllib.request

import pytest
from site_copy import BIN, build, copy_built, run

DRIFTED = "snippets/layers/dense/seed_model.py"
RAISING = "snippets/layers/using/call_inline.py"


def test_first_build_takes_every_snippet_from_the_tests_own_run(built):
    # pytest's one run of the snippets (the `verified` fixture) is the build's too.
    _, _, first = built
    assert first.returncode == 0, first.stderr
    assert re.search(r"Snippets: (\d+) included, 0 run, \1 from cache$", first.stderr, re.M)


def test_rebuild_after_an_edit_runs_nothing_and_imports_no_tensorflow(edited):
    _, second = edited  # a page and a notebook edited, as an author's next build
    assert second.returncode == 0, second.stderr
    assert re.search(r"Snippets: (\d+) included, 0 run, \1 from cache", second.stderr)
    assert re.search(r"Notebooks: \d+ written, outputs from the verified runs", second.stderr)
    # Logged at the very end of the build, after notebooks, diagrams and rendering.
    assert "Site built; TensorFlow imported by the build process: no" in second.stderr


def drift(root):
    path = root / DRIFTED
    path.write_text(path.read_text().replace("#> (None, 20, 5)", "#> (None, 20, 6)"))
    return f"{DRIFTED}:12: printed (None, 20, 5), snippet expects (None, 20, 6)"


def raises(root):
    path = root / RAISING
    path.write_text(path.read_text().replace("Dense(3)(x)", "Dense(3)(x, 1)"))
    return f"{RAISING}:6: raised ValueError: Only input tensors"


def insert_after(root, name, anchor, code):
    """Put `code` on the line after `anchor` in a copy's snippet."""
    path = root / name
    path.write_text(path.read_text().replace(anchor, anchor + code, 1))


def exits(root):
    # A debugging leftover: the build used to end as a success, with no site.
    name = "snippets/layers/dense/formula.py"
    insert_after(root, name, "y = layer(x).numpy()\n", "import sys; sys.exit(0)\n")
    return f"{name}:9: raised SystemExit: 0 before the end of the snippet"


def exits_the_process(root):
    name = "snippets/layers/pooling/aliases.py"
    insert_after(root, name, "layers = tf.keras.layers\n", "import os; os._exit(0)\n")
    return f"{name}:4: called os._exit(0) before the end of the snippet"


HANG_LIMIT = 4


def never_ends(root):
    name = "snippets/layers/conv/padding_values.py"
    # One line: the stack dump then names it wherever in the loop the limit falls.
    insert_after(root, name, "    y = layer(x)\n", "    while padding: pass\n")
    limit = f'"{name}" = {HANG_LIMIT}\n'  # a short limit, for this test's sake
    insert_after(root, "pyproject.toml", "[tool.snippets.time-limits]\n", limit)
    return f"{name}:10: still running after {HANG_LIMIT} s, its time limit"


def remove_korean_page(root):
    (root / "docs/glossary.ko.md").unlink()
    return "docs/glossary.md:1: has no Korean page docs/glossary.ko.md"


def include_missing_file(root):
    for name in ["dense.md", "dense.ko.md"]:
        page = root / "docs/layers" / name
        page.write_text(page.read_text().replace("dense/formula.py", "dense/formulas.py"))
    return "includes snippets/layers/dense/formulas.py, which does not exist"


SNIPPET_BREAKAGES = [drift, raises, exits, exits_the_process, never_ends]
PAGE_BREAKAGES = [remove_korean_page, include_missing_file]
BREAKAGES = [*SNIPPET_BREAKAGES, *PAGE_BREAKAGES]


# The snippet breakages are built together in test_one_build_lists_every_failing_snippet.
@pytest.mark.parametrize("breakage", PAGE_BREAKAGES)
def test_build_fails_naming_the_file(built, tmp_path, breakage):
    root, _ = copy_built(built, tmp_path)  # only what breaks runs again
    message = breakage(root)
    result = build(root, tmp_path / "cache")
    assert result.returncode != 0
    assert message in result.stderr


def test_pytest_fails_naming_each_broken_file(built, tmp_path):
    root, _ = copy_built(built, tmp_path)  # pytest, like the build, runs only what broke
    messages = [breakage(root) for breakage in BREAKAGES]
    # The tests that own these rules; the copy's own build tests would only nest builds.
    tests = ["tests/test_snippets.py", "tests/test_pages.py"]
    command = ["pytest", "-q", "-n", "0", "-p", "no:cacheprovider", "-k", "not ruff", *tests]
    result = run(command, root, tmp_path / "cache")
    assert result.returncode == 1, result.stdout
    for message in messages:
        assert message in result.stdout


def test_one_build_lists_every_failing_snippet(built, tmp_path):
    root, _ = copy_built(built, tmp_path)
    messages = [breakage(root) for breakage in SNIPPET_BREAKAGES]
    result = build(root, tmp_path / "cache")
    assert result.returncode != 0
    assert f"Snippets failed verification ({len(messages)}):" in result.stderr
    for message in messages:
        assert message in result.stderr
    assert not (root / "site" / "index.html").exists()  # no partial site


def test_korean_page_behind_its_english_page_shows_a_notice(edited):
    root, result = edited  # dense.md has a paragraph its Korean twin lacks (conftest.py)
    assert result.returncode == 0, result.stderr
    korean = (root / "site/ko/layers/dense/index.html").read_text()
    english = (root / "site/layers/dense/index.html").read_text()
    assert "이 번역은 최신이 아닐 수 있습니다" in korean
    assert '<a href="../../../layers/dense/">영어 원문 보기</a>' in korean
    assert "This page may be out of date" not in english


def test_serve_keeps_serving_and_shows_a_snippet_that_exits(built, tmp_path):
    """`mkdocs serve`: the rebuild after an author's edit fails naming the file and line,
    the server stays up, and serves the rebuilt site once the snippet is mended.

    (While a rebuild has failed, MkDocs' own server holds page requests until the next
    good build: "The server will appear stuck until build errors are resolved".)"""
    root, _ = copy_built(built, tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "DOCS_CACHE_DIR": str(tmp_path / "cache"), "NO_MKDOCS_2_WARNING": "1"}
    command = [str(BIN / "mkdocs"), "serve", "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        command, cwd=root, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    log: list[str] = []
    threading.Thread(target=lambda: log.extend(server.stderr), daemon=True).start()

    def wait_for(text, seconds=600):
        end = time.monotonic() + seconds
        while time.monotonic() < end and server.poll() is None:
            if any(text in line for line in log):
                return
            time.sleep(0.5)
        raise AssertionError(f"no {text!r} in the serve log:\n{''.join(log[-40:])}")

    try:
        wait_for("Serving on")
        original = (root / "snippets/layers/dense/formula.py").read_text()
        message = exits(root)
        wait_for("An error happened during the rebuild")
        assert any(message in line for line in log), "".join(log[-40:])
        time.sleep(2)
        assert server.poll() is None, "mkdocs serve ended"
        log.clear()
        (root / "snippets/layers/dense/formula.py").write_text(original)
        wait_for("Reloading browsers")
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/layers/dense/", timeout=60)
        assert page.status == 200
    finally:
        server.terminate()
        server.wait(timeout=60)
