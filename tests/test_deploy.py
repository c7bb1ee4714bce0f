"""The site as the deploy workflow builds it: under a sub-path, with edit links and dates.

GitHub Pages serves a project at https://<owner>.github.io/<repository>/; the workflow
sets SITE_URL and EDIT_URI. This builds a copy that way, from a git checkout whose one
commit has a known date, and checks what readers and search engines get.
"""

import datetime
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from site_copy import COMMITTED, EDIT_URI, SITE_URL, deploy_build
from test_site import ENGLISH, html_path

from docs_tools.content import page_meta, pages
from docs_tools.paths import ROOT

WORKFLOW = ROOT / ".github/workflows/deploy.yml"


# Notebooks the second build renders afresh: one in this many (nbconvert renders every
# notebook through the same templates, so a sample shows whether rendering is stable).
RERENDER_ONE_IN = 15


def test_two_clean_builds_in_two_folders_are_identical(deployed, tmp_path, built):
    """A second build of a fresh copy in another folder, from its own copy of the run's
    verified passes (snippets run once per test run: `verified` in conftest.py), so an
    absolute path, the build's own day or anything unstable in the build itself shows up
    as a difference or in the text. Notebooks, diagrams and figures are compared too; a
    sample of the notebooks is rendered afresh, the rest reuse the first build's renderings.
    """
    cache = tmp_path / "cache"
    shutil.copytree(built[1], cache)
    renderings = tmp_path / "renderings"
    shutil.copytree(built[0] / ".cache" / "mkdocs-jupyter", renderings)
    afresh = sorted(renderings.glob("*.json"))[::RERENDER_ONE_IN]
    for entry in afresh:
        entry.unlink()
    again, build = deploy_build(tmp_path / "elsewhere", cache, renderings)
    assert build.returncode == 0, build.stderr[-3000:]
    assert re.search(r"Snippets: (\d+) included, 0 run, \1 from cache$", build.stderr, re.M)
    rendered = again.parent / ".cache" / "mkdocs-jupyter"
    assert len(afresh) >= 5 and all((rendered / entry.name).exists() for entry in afresh)
    first = {p.relative_to(deployed): p.read_bytes() for p in deployed.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    differ = sorted(str(name) for name in first if first[name] != second[name])
    assert not differ, f"files that differ between two builds: {differ}"
    assert any(name.suffix == ".ipynb" for name in second)  # notebooks are compared too
    leaks = [str(cache), str(built[1]), str(tmp_path), str(deployed.parent), sys.prefix]
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    sources = "".join(p.read_text("utf-8", "replace") for p in _committed(again.parent))
    if today not in sources:  # a page may show a date measured today; the build adds none
        leaks.append(today)
    for name, content in second.items():
        text = content.decode("utf-8", "replace")
        found = [leak for leak in leaks if leak in text]
        assert not found, f"{name} holds {found}"


def _committed(root: Path) -> list[Path]:
    listed = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True)
    return [root / name for name in listed.stdout.splitlines()]


def read(site: Path, url: str) -> str:
    return (site / url.lstrip("/") / "index.html").read_text("utf-8")


def test_language_links_on_the_home_pages_keep_the_sub_path(deployed):
    for url in ("/", "/ko/"):
        links = dict(re.findall(r'<a href="([^"]*)" hreflang="(\w+)"', read(deployed, url)))
        assert links == {"/keras-layers-docs/": "en", "/keras-layers-docs/ko/": "ko"}


def test_not_found_page_serves_both_languages_from_any_address(deployed):
    html = (deployed / "404.html").read_text("utf-8")
    assert '<html lang="en"' in html
    assert "Page not found" in html and "페이지를 찾을 수 없습니다" in html
    assert '<section lang="ko">' in html
    # Served for a missing address at any depth, so its links are absolute.
    assert 'href="/keras-layers-docs/"' in html and 'href="/keras-layers-docs/ko/"' in html
    assert 'lang=en"' in html  # English search index


def test_sitemap_lists_every_page_in_both_languages(deployed):
    tree = ET.parse(deployed / "sitemap.xml")
    locations = {e.text for e in tree.iter() if e.tag.endswith("loc")}
    # Dated by the commit, not by the day of the build: builds are reproducible.
    assert {e.text for e in tree.iter() if e.tag.endswith("lastmod")} == {COMMITTED}
    for page in ENGLISH:
        for korean in (False, True):
            assert SITE_URL + html_path(page, korean).lstrip("/") in locations


@pytest.mark.parametrize("korean", [False, True], ids=["en", "ko"])
def test_pages_have_edit_links_dates_and_descriptions(deployed, korean):
    for page in ENGLISH:
        html = read(deployed, html_path(page, korean))
        source = page.relative_to(ROOT / "docs").as_posix()
        if korean:
            source = source.removesuffix(".md") + ".ko.md"
        assert f'href="{EDIT_URI}{source}"' in html, f"{source}: no edit link"
        assert COMMITTED in html, f"{source}: no last-updated date"
        description = re.search(r'<meta name="description" content="([^"]*)"', html)[1]
        assert len(description) > 40
        hangul = len(re.findall("[가-힣]", description)) / len(description)
        assert hangul > 0.3 if korean else hangul < 0.05, description


DENSE = "docs/layers/dense.md"


def history(folder: Path, commits: list[tuple[str, list[str]]]) -> dict:
    """A small git repository holding the Dense page and its snippets, each commit
    (date, files) touching the files named: the dates `page_meta` reads from it."""
    files = [DENSE, *(inc.target.split(":")[0] for inc in pages.includes(ROOT / DENSE))]
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q"], cwd=folder, check=True)
    for number, (date, touched) in enumerate(commits):
        for name in files if number == 0 else touched:
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text((ROOT / name).read_text("utf-8") + "\n" * number, "utf-8")
        when = {"GIT_AUTHOR_DATE": f"{date}T12:00:00Z", "GIT_COMMITTER_DATE": f"{date}T12:00:00Z"}
        subprocess.run(["git", "add", "-A"], cwd=folder, check=True)
        subprocess.run(
            [*git, "commit", "-qm", date], cwd=folder, check=True, env={**os.environ, **when}
        )
    return page_meta.commit_dates(folder)


def test_last_updated_is_the_newest_of_page_and_snippets(tmp_path):
    snippets = [inc.target.split(":")[0] for inc in pages.includes(ROOT / DENSE)]
    last = snippets[-1]  # not the first include, which a lazy lookup might stop at
    page = ROOT / DENSE
    # The snippet changed after the page: the snippet's date.
    (tmp_path / "a").mkdir()
    dates = history(tmp_path / "a", [("2026-01-02", []), ("2026-03-04", [last])])
    assert (str(dates[DENSE]), str(dates[last])) == ("2026-01-02", "2026-03-04")
    assert str(page_meta.updated(page, dates)) == "2026-03-04"
    # The page changed after its snippets: the page's date.
    (tmp_path / "b").mkdir()
    dates = history(tmp_path / "b", [("2026-01-02", []), ("2026-05-06", [DENSE])])
    assert (str(dates[DENSE]), str(dates[last])) == ("2026-05-06", "2026-01-02")
    assert str(page_meta.updated(page, dates)) == "2026-05-06"
    # A file with no commit: no date rather than a made-up one.
    assert page_meta.updated(page, {k: v for k, v in dates.items() if k != last}) is None


def test_description_is_the_first_paragraph_without_markup():
    text = "# Title\n\n!!! note\n    aside\n\nThe **first** [paragraph](x.md) with `code`."
    text += "\nStill it.\n\nNext."
    assert page_meta.description(text, "en") == "The first paragraph with code. Still it."
    quoted = 'A model cannot compute with the string "great".'
    assert page_meta.description(quoted, "en") == "A model cannot compute with the string 'great'."


def test_deploy_workflow_publishes_only_what_ci_passed():
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    test, deploy = workflow["jobs"]["test"], workflow["jobs"]["deploy"]
    ci = next(step for step in test["steps"] if step.get("run") == "bash .ci/run")
    assert set(ci["env"]) == {"SITE_URL", "EDIT_URI"}  # what tests/test_deploy.py builds with
    assert deploy["needs"] == "test"
    assert "refs/heads/main" in deploy["if"] and "pull_request" in deploy["if"]
    assert workflow["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "permissions" not in test  # the test job keeps read-only access
