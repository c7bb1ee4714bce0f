"""Links in the built site: every page and #anchor a link names exists, notebooks included."""

import re
from urllib.parse import urlsplit

import pytest
from pymdownx.slugs import slugify
from site_copy import SITE_URL

from docs_tools.site import links as site_links
from docs_tools.site import notebooks as notebook_site

SLUGIFY = slugify(case="lower")  # mkdocs.yml's toc slugify


def test_every_link_and_anchor_in_the_built_site_resolves(built):
    site = built[0] / "site"  # built as deployed, under the site_url's sub-path
    assert site_links.broken(site, urlsplit(SITE_URL).path) == []
    # The notebooks' tables of contents are links to their headings, in both languages.
    for folder in ("layers/dense/notebook", "ko/layers/dense/notebook"):
        text = (site / folder / "index.html").read_text()
        toc = re.findall(r'<a href="#([^"]+)" class="md-nav__link">', text)
        assert toc[:3] == ["formula", "arguments", "seed-example"], folder


def write(site, name, text):
    path = site / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


@pytest.mark.parametrize(
    ("href", "why"),
    [
        ("#nowhere", "but no element on a/index.html has the id 'nowhere'"),
        ("../b/#nowhere", "but no element on b/index.html has the id 'nowhere'"),
        ("../missing/", "which is not a file of the site"),
        ("/other/b/", "which is outside /docs/, the path the site is served under"),
        ("../../../x.html", "which is outside the site"),
    ],
)
def test_a_link_that_leads_nowhere_is_reported_with_its_source_line(tmp_path, href, why):
    site = tmp_path / "site"
    write(site, "a/index.html", f'<h2 id="here">Here</h2><a href="{href}">x</a>')
    write(site, "b/index.html", '<h2 id="there">There</h2>')
    source = tmp_path / "a.md"
    source.write_text(f"# A\n\nSee [x]({href}).\n")
    problems = site_links.broken(site, "/docs/", {"a/index.html": source})
    assert problems == [f"{source}:3: a/index.html links to {href}, {why}"]


def test_links_that_resolve_are_not_reported(tmp_path):
    site = tmp_path / "site"
    links = ["#here", "../b/", "../b/#there", "/docs/b/#there", "https://example.org/#x", "."]
    write(site, "a/index.html", '<h2 id="here">x</h2>' + "".join(f'<a href="{h}">' for h in links))
    write(site, "b/index.html", '<p id="there">There</p><script>"<a href=\'#no\'>"</script>')
    assert site_links.broken(site, "/docs/") == []


def test_notebook_headings_take_the_page_ids_and_the_toc_links_to_them():
    # nbconvert's ids: a slug that drops Hangul, so Korean headings got "" or "_1".
    rendered = (
        '<h1 id="dense">Dense<a class="anchor-link" href="#dense">¶</a></h1>'
        '<h2 id="">인자 <a id="arguments" /><a class="anchor-link" href="#">¶</a></h2>'
        '<h3 id="">노트의 <code>input</code><a class="anchor-link" href="#">¶</a></h3>'
        '<h2 id="">인자<a class="anchor-link" href="#">¶</a></h2>'
    )
    html, toc = notebook_site.headings(rendered, SLUGIFY)
    ids = re.findall(r'<h\d id="([^"]*)">', html)
    assert ids == ["dense", "arguments", "노트의-input", "인자"]
    assert re.findall(r'class="anchor-link" href="#([^"]*)"', html) == ids
    assert "<a id=" not in html
    [title] = toc
    assert [(i.id, i.title) for i in title.children] == [("arguments", "인자"), ("인자", "인자")]
    assert [(i.id, i.title) for i in title.children[0].children] == [
        ("노트의-input", "노트의 input")
    ]
