"""A translation that fell behind its other language is found by content and flagged."""

import pytest

from docs_tools.content import freshness
from docs_tools.site import markdown


def test_every_page_pair_is_recorded_and_confirmed():
    unsettled = [
        f"{status.english}: {status.state}; run `python -m docs_tools.content.freshness --mark "
        f"{status.english}` once both languages say the same"
        for status in freshness.statuses()
        if status.state in ("new", "unconfirmed")
    ]
    if unsettled:
        pytest.fail("\n".join(unsettled), pytrace=False)


@pytest.fixture
def pair(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text("# Page\n")
    (docs / "page.ko.md").write_text("# 페이지\n")
    record = tmp_path / "translations.json"
    freshness.mark([], docs, record)
    return docs, record


def states(docs, record):
    return [status.state for status in freshness.statuses(docs, record)]


def test_marked_pair_is_in_sync(pair):
    assert states(*pair) == ["in sync"]
    assert freshness.stale_pages(*pair) == {}


def test_english_change_leaves_the_korean_page_behind(pair):
    docs, record = pair
    (docs / "page.md").write_text("# Page\n\nA new paragraph.\n")
    assert states(docs, record) == ["korean behind"]
    assert freshness.stale_pages(docs, record) == {docs / "page.ko.md": docs / "page.md"}


def test_korean_change_leaves_the_english_page_behind(pair):
    docs, record = pair
    (docs / "page.ko.md").write_text("# 페이지\n\n새 문단.\n")
    assert freshness.stale_pages(docs, record) == {docs / "page.md": docs / "page.ko.md"}


def test_same_bytes_again_are_in_sync_whatever_the_file_date(pair):
    docs, record = pair
    (docs / "page.md").write_text("# Page\n")  # rewritten: new date, same content
    assert states(docs, record) == ["in sync"]


def test_both_changed_is_unconfirmed_until_marked(pair):
    docs, record = pair
    (docs / "page.md").write_text("# Page 2\n")
    (docs / "page.ko.md").write_text("# 페이지 2\n")
    assert states(docs, record) == ["unconfirmed"]
    freshness.mark([docs / "page.ko.md"], docs, record)
    assert states(docs, record) == ["in sync"]


@pytest.mark.parametrize(
    ("url", "language", "href"),
    [
        ("layers/dense/", "en", "../../ko/layers/dense/"),
        ("ko/layers/dense/", "ko", "../../../layers/dense/"),
        ("", "en", "ko/"),
        ("ko/", "ko", "../"),
    ],
)
def test_notice_links_to_the_same_page_in_the_other_language(url, language, href):
    notice = markdown.stale_notice(url, language)
    assert notice.startswith('!!! warning "')
    assert f'<a href="{href}">' in notice
