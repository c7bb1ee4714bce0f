"""The built site as a reader gets it: both languages, working switch, nothing from other
hosts, each page's Content-Security-Policy, the versions its code blocks were verified with."""

import base64
import hashlib
import re
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from site_copy import SITE_URL

from docs_tools import project
from docs_tools.content import pages
from docs_tools.paths import DOCS, ROOT

# The pages the site copies hold: files git tracks (see docs_tools/project.py).
ENGLISH = sorted(
    ROOT / name
    for name in project.files()
    if name.startswith("docs/") and name.endswith(".md") and not pages.is_korean(Path(name))
)


def html_path(page: Path, korean: bool) -> str:
    """Where a docs page lands in the site, as a URL path."""
    relative = page.relative_to(DOCS).with_suffix("").as_posix()
    # An index page is its folder's address: index.md is /, reference/index.md /reference/.
    url = "" if relative == "index" else relative.removesuffix("/index") + "/"
    return ("/ko/" if korean else "/") + url


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(site: Path, url: str) -> list[tuple[str, dict]]:
    parser = Links()
    parser.feed((site / url.lstrip("/") / "index.html").read_text())
    return parser.tags


@pytest.mark.parametrize("page", ENGLISH, ids=[p.name for p in ENGLISH])
@pytest.mark.parametrize("korean", [False, True], ids=["en", "ko"])
def test_language_switch_lands_on_the_same_page(built, page, korean):
    site = built[0] / "site"
    url = html_path(page, korean)
    tags = parse(site, url)
    html = next(attrs for tag, attrs in tags if tag == "html")
    assert html["lang"] == ("ko" if korean else "en")
    # The site copy is built under the deploy workflow's sub-path (conftest.py).
    under = urlparse(SITE_URL).path
    switch = {
        a["hreflang"]: "/" + urlparse(urljoin(under + url[1:], a["href"])).path.removeprefix(under)
        for tag, a in tags
        if tag == "a" and "hreflang" in a
    }
    assert switch == {"en": html_path(page, False), "ko": html_path(page, True)}


@pytest.mark.parametrize("page", ENGLISH, ids=[p.name for p in ENGLISH])
@pytest.mark.parametrize("korean", [False, True], ids=["en", "ko"])
def test_every_snippet_block_is_titled_and_states_versions(built, page, korean):
    source = pages.twin(page) if korean else page
    html = (built[0] / "site" / html_path(page, korean).lstrip("/") / "index.html").read_text()
    stamps = re.findall(r'<p class="snippet-verified">(.*?)</p>', html)
    assert '<p><p class="snippet-verified">' not in html  # tabs and admonitions too
    code_blocks = [inc for inc in pages.includes(source) if inc.kind == "code"]
    assert len(stamps) == len(pages.includes(source))
    # The versions installed here, the ones this build verified with, in every stamp.
    tensorflow, keras = (re.escape(version(name)) for name in ("tensorflow", "keras"))
    said = (
        rf"TensorFlow {tensorflow}, Keras {keras}로"
        if korean
        else rf"[Vv]erified with TensorFlow {tensorflow} and Keras {keras}(?![\w.]*\d)"
    )
    wrong = [stamp for stamp in stamps if not re.search(said, stamp)]
    assert wrong == [], f"stamps that do not say {said!r}"
    assert html.count('<span class="filename">') == len(code_blocks)


def test_math_is_rendered_to_mathml(built):
    for korean in (False, True):
        html = (
            built[0] / "site" / ("ko/" if korean else "") / "layers/dense/index.html"
        ).read_text()
        assert html.count("<math") >= 10
        assert 'class="arithmatex"' not in html


def test_no_page_loads_anything_from_another_host(built):
    site = built[0] / "site"
    for file in site.rglob("*.html"):
        parser = Links()
        parser.feed(file.read_text())
        for tag, attrs in parser.tags:
            url = attrs.get("src") if tag in ("script", "img", "iframe") else None
            if tag == "link" and attrs.get("rel") in (
                "stylesheet",
                "preload",
                "icon",
                "modulepreload",
            ):
                url = attrs.get("href")
            assert not (url and urlparse(url).netloc), f"{file}: {tag} loads {url}"
    css = "\n".join(p.read_text() for p in site.rglob("*.css"))
    assert not re.search(r"@import\s+url\(\s*['\"]?https?:", css)
    assert "fonts.googleapis" not in css


LAYER_PAGES = [p for p in ENGLISH if p.parent.name in ("layers", "models")]


@pytest.mark.parametrize("page", LAYER_PAGES, ids=[p.name for p in LAYER_PAGES])
@pytest.mark.parametrize("korean", [False, True], ids=["en", "ko"])
def test_layer_pages_link_to_neighbours_and_glossary(built, page, korean):
    url = html_path(page, korean)
    html = (built[0] / "site" / url.lstrip("/") / "index.html").read_text()
    assert "md-footer__link--prev" in html
    assert "md-footer__link--next" in html
    article = html[html.index("<article") : html.index("</article>")]
    links = re.findall(r'href="([^"]*)"', article)
    assert any(urlparse(urljoin(url, h)).path.endswith("/glossary/") for h in links)


class Inline(HTMLParser):
    """A page's Content-Security-Policy tags and the bodies of its inline scripts and styles."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.policies, self.scripts, self.styles = [], [], []
        self.current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.policies.append(attrs["content"])
        inline = "src" not in attrs and "application/json" not in attrs.get("type", "")
        if tag == "script" and inline:
            self.current = self.scripts
        elif tag == "style":
            self.current = self.styles
        if self.current is not None:
            self.current.append("")

    def handle_data(self, data):
        if self.current is not None:
            self.current[-1] += data

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.current = None


def sha256_sources(bodies: list[str]) -> list[str]:
    digests = (hashlib.sha256(body.encode("utf-8")).digest() for body in bodies)
    return sorted({f"'sha256-{base64.b64encode(d).decode()}'" for d in digests})


def test_every_page_carries_exactly_the_sites_policy(built):
    """Directive by directive, the sources allowed: the site itself, `data:` images and,
    for scripts and styles, the hashes of that page's own inline blocks. Nothing else:
    no other host, no `https:`, no `'unsafe-inline'` or `'unsafe-eval'`."""
    site = built[0] / "site"
    files = sorted(site.rglob("*.html"))
    assert len(files) > 2 * len(ENGLISH)
    hashed = 0
    for file in files:
        page = Inline()
        page.feed(file.read_text("utf-8"))
        assert len(page.policies) == 1, f"{file}: {len(page.policies)} policy tags"
        directives = {}
        for directive in page.policies[0].split(";"):
            name, *sources = directive.split()
            assert name not in directives, f"{file}: {name} twice"
            directives[name] = sources
        scripts, styles = sha256_sources(page.scripts), sha256_sources(page.styles)
        hashed += bool(scripts)
        assert directives == {
            "default-src": ["'self'"],
            "script-src": ["'self'", *scripts],
            "style-src": ["'self'", *styles],
            "img-src": ["'self'", "data:"],
            "font-src": ["'self'"],
            "connect-src": ["'self'"],
            "worker-src": ["'self'"],
            "object-src": ["'none'"],
            "base-uri": ["'self'"],
            "form-action": ["'self'"],
        }, file.relative_to(site)
    assert hashed > len(ENGLISH)  # Material's inline scripts are there, allowed by hash
