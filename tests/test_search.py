"""Site search in a real browser: the page a reader expects comes first, in both languages.

The queries and their expected pages are kept in `search_queries.yml`. The Korean list
also runs against Material's stock search worker, for the before/after figure.
"""

import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import figures
import needs
import pytest
import yaml

from docs_tools.content import glossary
from docs_tools.errors import DocsError
from docs_tools.paths import DOCS
from docs_tools.site import search

QUERIES = yaml.safe_load((Path(__file__).with_name("search_queries.yml")).read_text("utf-8"))
INPUT = "input.md-search__input"
META = ".md-search-result__meta"
OUR_WORKER = re.compile(r"search-i18n\.js\?material=(search\.[0-9a-f]+\.min\.js)&lang=\w+")


def first_results(browser, base, language, queries, stock=False, missing=None):
    """Type each query into the search box; map it to the result links, best first.

    Given a dict as `missing`, also map each query to the words its results list as
    missing (Material strikes them through under a result)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    if stock:
        page.route(lambda url: url.endswith("/"), _with_stock_worker)
    page.goto(base + ("/ko/" if language == "ko" else "/"), wait_until="networkidle")
    config = json.loads(page.inner_text("#__config"))
    placeholder = config["translations"]["search.result.placeholder"]
    page.focus(INPUT)
    found = {}
    previous = None
    for query in queries:
        page.fill(INPUT, "")
        page.press(INPUT, "End")
        # The cleared box resets the results, so what is read next is the next query's.
        cleared = _wait_until(page, lambda: _meta(page) == placeholder and _items(page) == 0)
        assert cleared, (
            f"after clearing {previous!r}: {_items(page)} results, {_meta(page)!r} shown, "
            f"not {placeholder!r} and an empty list"
        )
        previous = query
        page.fill(INPUT, query)
        for _ in range(10):  # the first query may come before the index is ready
            page.press(INPUT, "End")
            if _wait_for_meta(page, lambda text: text != placeholder, seconds=3):
                break
        links = page.eval_on_selector_all(
            ".md-search-result__item > a", "links => links.map(a => new URL(a.href).pathname)"
        )
        found[query] = [link.removeprefix(urlsplit(base).path) for link in links]
        if missing is not None:
            missing[query] = page.eval_on_selector_all(
                ".md-search-result__item del", "words => words.map(w => w.textContent)"
            )
    page.close()
    return found


def _meta(page) -> str:
    return page.evaluate(f"() => document.querySelector('{META}').innerText")


def _items(page) -> int:
    return page.locator(".md-search-result__item").count()


def _wait_until(page, done, seconds=10):
    """Poll the page. (Playwright's wait_for_function evaluates a string, which the
    pages' Content-Security-Policy rightly refuses.)"""
    for _ in range(int(seconds * 10)):
        if done():
            return True
        page.wait_for_timeout(100)
    return False


def _wait_for_meta(page, done, seconds=10):
    """Poll the result count line."""
    return _wait_until(page, lambda: done(_meta(page)), seconds)


def _with_stock_worker(route):
    """Serve the page as if the site had kept Material's own search worker."""
    response = route.fetch()
    route.fulfill(response=response, body=OUR_WORKER.sub(r"\1", response.text()))


def share(found, expected, prefix):
    hits = [q for q, links in found.items() if links and links[0] == prefix + expected[q]]
    return hits, f"{len(hits)}/{len(found)} ({100 * len(hits) // len(found)}%)"


@pytest.mark.parametrize("language", ["ko", "en"])
def test_search_finds_the_expected_page_first(browser, site, language):
    expected = {item["query"]: item["page"] for item in QUERIES[language]}
    prefix = "/ko/" if language == "ko" else "/"
    missing = {}
    found = first_results(browser, site, language, expected, missing=missing)
    hits, figure = share(found, expected, prefix)
    line = f"Search, {language} queries finding the expected page first: {figure}"
    if language == "ko":
        _, before = share(
            first_results(browser, site, language, expected, stock=True), expected, prefix
        )
        line += f"; with Material's stock search: {before}"
    figures.add(line)
    misses = [
        f"{q!r}: expected {prefix}{expected[q]}, first result {found[q][0] if found[q] else 'none'}"
        for q in expected
        if q not in hits
    ]
    assert not misses, "\n".join(misses)
    # Results stay in the reader's language.
    other = [
        link
        for links in found.values()
        for link in links
        if link.startswith("/ko/") != (language == "ko")
    ]
    assert not other, f"results in the other language: {other[:5]}"
    # A result lists as missing only words the reader typed, never the query's internals.
    typed = {q: {word.lower() for word in q.split()} for q in expected}
    shown = {q: sorted({w.lower() for w in words} - typed[q]) for q, words in missing.items()}
    internal = {q: words for q, words in shown.items() if words}
    assert not internal, f"missing-word lists show what the reader did not type: {internal}"
    assert any(missing.values()), "no query left a word missing: the check saw nothing"


def test_query_list_names_real_pages():
    for language, items in QUERIES.items():
        for item in items:
            source = DOCS / (item["page"].rstrip("/") + (".ko.md" if language == "ko" else ".md"))
            assert source.is_file(), f"search_queries.yml: {item['query']!r} expects {source}"
    assert len(QUERIES["ko"]) >= 20


def test_korean_queries_lose_particles_and_gain_glossary_terms():
    node = needs.node()
    script = DOCS / "assets/javascripts/workers/korean-search.js"
    cases = ["드롭아웃은", "합성곱을 쓰는 레이어의", "정칙화", "차이", "Dense 레이어", '"그대로"']
    cases += ["순차 모델", "순차모델을", "상속 모델"]
    synonyms = {"정칙화": ["규제"], "상속": ["서브클래싱"], "상속모델": ["서브클래싱"]}
    code = (
        f"const k = require({json.dumps(str(script))});"
        f"for (const q of {json.dumps(cases, ensure_ascii=False)})"
        f"console.log(k.rewrite(q, {json.dumps(synonyms, ensure_ascii=False)},"
        " ['순차 모델', '규제', '레이어', '서브클래싱']));"
    )
    run = subprocess.run([node, "-e", code], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines() == [
        "*드롭아웃",
        "*합성곱 *쓰는 *레이어 레이어_",  # the glossary term's home section
        "*정칙화 *규제 규제_",
        "*차이",  # a two-syllable word is never cut to one syllable
        "Dense *레이어 레이어_",
        '"그대로"',
        "*순차 *모델 순차모델_",  # the term as one marked word, as the index has it
        "*순차모델 순차모델_ *순차 *모델",  # typed without its space
        # A variant typed as two words still names its term (상속 모델 -> 서브클래싱).
        "*상속 *서브클래싱 *모델 서브클래싱_",
    ]


def test_results_name_the_words_the_reader_typed_as_missing():
    """Material lists, under each result, the query terms it lacks; the reader typed
    words, not stems or the marked words that find a term's home section."""
    node = needs.node()
    script = DOCS / "assets/javascripts/workers/korean-search.js"
    query = "풀링을 쓰면 크기가 줄어드나요"
    code = (
        f"const k = require({json.dumps(str(script))});"
        f"const plan = k.plan({json.dumps(query)}, {{}}, ['풀링']);"
        "console.log(plan.query);"
        # What lunr reports for a section that has 풀링 and 크기 but not the verbs.
        "const terms = {'풀링': true, '풀링_': false, '쓰면': false, '크기': true,"
        " '줄어드나요': false};"
        "console.log(JSON.stringify(k.present(terms, plan.typed)));"
        # A variant whose term adds a word the reader did not type (Sequential).
        "const other = k.plan('순차 모델', {'순차모델': ['Sequential 모델']}, ['Sequential 모델']);"
        "console.log(other.query);"
        "const lacks = {'순차': false, '모델': true, 'sequential모델_': false,"
        " 'sequential': false};"
        "console.log(JSON.stringify(k.present(lacks, other.typed)));"
    )
    run = subprocess.run([node, "-e", code], capture_output=True, text=True, check=True)
    rewritten, shown, other, lacks = run.stdout.splitlines()
    assert rewritten == "*풀링 *쓰면 *크기 *줄어드나요 풀링_"
    assert json.loads(shown) == {"풀링": True, "크기": True, "쓰면": False, "줄어드나요": False}
    assert other == "*순차 *모델 Sequential모델_ *Sequential"
    assert json.loads(lacks) == {"모델": True, "순차": False}


def test_search_dialog_is_named_per_language_or_the_build_stops():
    page = f'<script id="__config">{{}}</script>{search.DIALOG}'
    assert 'role="dialog" aria-label="검색"' in search.name_dialog(page, "ko", "a.ko.md")
    changed = page.replace('role="dialog"', 'role="search"')
    with pytest.raises(DocsError, match=r"^a\.md: the page has no search dialog"):
        search.name_dialog(changed, "en", "a.md")


def test_worker_keeps_only_wildcard_expansions_the_index_holds():
    # lunr's token set once expanded *규제 to 규제(regularizer0, a term no document has;
    # reading its postings threw, and every 규제 query showed no results.
    node = needs.node()
    worker = DOCS / "assets/javascripts/workers/search-i18n.js"
    code = f"""
    globalThis.self = globalThis;
    self.location = {{ href: "http://site/w/search-i18n.js?material=search.0a.min.js&lang=ko" }};
    self.addEventListener = () => {{}};
    function Index() {{}}
    Index.prototype.query = function () {{ return this.tokenSet.intersect("*q").toArray(); }};
    self.importScripts = (name) => {{ if (name.startsWith("search.")) self.lunr = {{ Index }}; }};
    require({json.dumps(str(worker))});
    const index = new Index();
    index.invertedIndex = {{ "규제(regularizer)": {{}} }};
    const found = ["규제(regularizer)", "규제(regularizer0,"];
    index.tokenSet = {{ intersect: () => ({{ toArray: () => found }}) }};
    console.log(JSON.stringify([index.query(), index.query()]));
    """
    run = subprocess.run([node, "-e", code], capture_output=True, text=True, check=True)
    assert json.loads(run.stdout) == [["규제(regularizer)"], ["규제(regularizer)"]]


def test_glossary_variants_are_found_with_or_without_their_spaces():
    synonyms = glossary.search_synonyms()
    assert synonyms["순차 모델"] == synonyms["순차모델"] == ["Sequential 모델"]
    assert synonyms["형상"] == ["형태"] and synonyms["상속"] == ["서브클래싱"]


def test_each_language_indexes_its_pages_and_no_notebook(built):
    """A notebook repeats its page, so only the page is searched (the hooks exclude
    notebooks before Material parses them), each page in its own language's index."""
    site = built[0] / "site"
    for folder, prefix in ((site, ""), (site / "ko", "ko/")):
        docs = json.loads((folder / search.INDEX).read_text("utf-8"))["docs"]
        pages = {doc["location"].split("#")[0] for doc in docs}
        assert not [page for page in pages if "notebook/" in page]
        assert {"layers/dense/", "layers/convolution/"} <= pages, prefix
        assert (site / prefix / "layers/convolution/notebook/index.html").exists()
