"""The built site in a real browser (Debian's Chromium driven by Playwright), both languages."""

import time
from urllib.parse import urlparse

import pytest
from test_site import ENGLISH, html_path

from docs_tools import notebooks, verify
from docs_tools.paths import ROOT

ARTIFACTS = ROOT / "test-artifacts"
URLS = [html_path(page, korean) for page in ENGLISH for korean in (False, True)] + ["/404.html"]
# Each page's notebook, rendered by mkdocs-jupyter (docs_tools/notebooks/).
URLS += [
    html_path(page, korean) + "notebook/"
    for page in notebooks.notebook_pages()
    for korean in (False, True)
]


@pytest.fixture
def context(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context
    context.close()


def visit(context, url):
    """Open a page and record what went wrong on the way: errors, failures, other hosts."""
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and problems.append(f"{r.status}: {r.url}"))
    hosts = set()
    page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
    # Anything the page's Content-Security-Policy blocks is a problem too.
    page.add_init_script(CSP_WATCH)
    page.goto(url, wait_until="networkidle")
    problems += [f"CSP blocked: {v}" for v in page.evaluate("window.__cspViolations")]
    return page, problems, hosts


CSP_WATCH = """window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(
    `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));"""


# The outermost elements past the right edge that are not inside something that scrolls.
STICKING_OUT = """(() => {
    const scrolls = (e) => ["auto", "scroll"].includes(getComputedStyle(e).overflowX);
    const out = [];
    for (const e of document.querySelectorAll("body *")) {
        if (e.getBoundingClientRect().right <= window.innerWidth + 0.5) continue;
        let a = e.parentElement, inside = false;
        while (a && !inside) { inside = scrolls(a); a = a.parentElement; }
        if (!inside) out.push(`${e.tagName.toLowerCase()}.${e.className}`);
    }
    return out.slice(0, 5);
})()"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    yield context
    context.close()


# Material's search worker builds the language's whole index on every page load: about
# half of each visit. It is the same script on every page, loaded for real in
# test_search_worker_loads_its_index_on_pages_at_every_depth; the sweep gets a stand-in.
WORKER = "**/assets/javascripts/workers/search-i18n.js*"
QUIET = 0.15  # seconds with no request in flight that end a visit


class Tab:
    """One phone-sized tab that visits page after page, as a reader does (the stylesheets
    and scripts come from its cache after the first page), recording each visit's
    errors, failed requests, policy violations and hosts."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 375, "height": 812})
        self.page = page = self.context.new_page()
        self.problems, self.hosts, self.pending, self.last = [], set(), 0, time.monotonic()
        page.on(
            "console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}")
        )
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("request", self._started)
        page.on("requestfinished", self._ended)
        page.on("requestfailed", self._failed)
        page.on(
            "response", lambda r: r.status >= 400 and self.problems.append(f"{r.status}: {r.url}")
        )
        page.add_init_script(CSP_WATCH)
        page.route(WORKER, lambda route: route.fulfill(content_type="text/javascript", body=""))

    def _started(self, request):
        self.pending += 1
        self.last = time.monotonic()
        self.hosts.add(urlparse(request.url).netloc)

    def _ended(self, request):
        self.pending -= 1
        self.last = time.monotonic()

    def _failed(self, request):
        self._ended(request)
        self.problems.append(f"failed: {request.url} {request.failure}")

    def visit(self, url):
        """Load a page and wait until no request has been in flight for QUIET seconds."""
        self.problems, self.hosts = [], set()
        self.page.goto(url, wait_until="load")
        end = time.monotonic() + 30
        while self.pending > 0 or time.monotonic() - self.last < QUIET:
            assert time.monotonic() < end, f"{url}: {self.pending} requests still loading"
            self.page.wait_for_timeout(25)
        self.problems += [f"CSP blocked: {v}" for v in self.page.evaluate("window.__cspViolations")]
        return self.page


@pytest.fixture(scope="module")
def tab(browser):
    tab = Tab(browser)
    yield tab
    tab.context.close()


@pytest.mark.parametrize("path", URLS)
def test_page_on_a_phone_loads_cleanly_from_this_site_only(tab, site, path):
    page = tab.visit(site + path)
    assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1
    assert tab.problems == [], "\n".join(tab.problems)
    assert tab.hosts == {urlparse(site).netloc}
    # Code blocks, tables and formulas scroll inside themselves, never the page. On a busy
    # machine a page can measure 17px too wide for a moment after load, highlighted code
    # sticking out of its block (seen on three pages, 0px a second later): the page must
    # settle to the phone's width, and what still sticks out is named.
    for _ in range(50):  # polled from here: the page's policy forbids wait_for_function's eval
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow <= 0:
            return
        page.wait_for_timeout(100)
    sticking_out = page.evaluate(STICKING_OUT)
    raise AssertionError(f"{path} is {overflow}px wider than a 375px phone: {sticking_out}")


ENGLISH_URLS = [url for url in URLS if not url.startswith("/ko/")]
DEEPEST = max(ENGLISH_URLS, key=lambda url: url.count("/"))


@pytest.mark.parametrize("path", ["/", "/ko/", "/404.html", DEEPEST, "/ko" + DEEPEST])
def test_search_worker_loads_its_index_on_pages_at_every_depth(phone, site, path):
    """The real worker, which the page sweep stands in for: it starts, the index and the
    Korean stemmer arrive, and nothing fails, from the top and the deepest page."""
    loaded = []
    phone.on("requestfinished", lambda r: loaded.append(urlparse(r.url).path))
    page, problems, hosts = visit(phone, site + path)
    assert problems == [], "\n".join(problems)
    assert hosts == {urlparse(site).netloc}
    index = (
        "/ko/search/search_index.json" if path.startswith("/ko/") else "/search/search_index.json"
    )
    for wanted in ("/assets/javascripts/workers/search-i18n.js", index, "lunr.ko.min.js"):
        assert any(url.endswith(wanted) for url in loaded), f"{wanted} never loaded: {loaded}"


def test_policy_stops_a_script_the_site_did_not_ship(phone, site):
    page, problems, _ = visit(phone, site + "/ko/layers/dense/")
    assert problems == []
    ran = page.evaluate("""() => {
        window.injected = false;
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.head.appendChild(script);
        return window.injected;
    }""")
    assert ran is False
    assert any("script-src" in v for v in page.evaluate("window.__cspViolations"))


@pytest.mark.parametrize("path", ["/", "/layers/dense/", "/layers/cnn/"])
def test_language_switch_goes_to_the_same_page_and_back(context, site, path):
    page, _, _ = visit(context, site + path)
    page.hover(".md-header__option .md-select")
    page.click('.md-select__link[hreflang="ko"]')
    page.wait_for_url(site + "/ko" + path)
    assert page.locator("html").get_attribute("lang") == "ko"
    page.hover(".md-header__option .md-select")
    page.click('.md-select__link[hreflang="en"]')
    page.wait_for_url(site + path)
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.parametrize("path", ["/layers/dense/", "/ko/layers/cnn/"])
def test_copied_code_is_the_verified_snippet(context, site, path):
    """The copy button gives exactly the snippet file, `#>` lines and all: the program
    this run verified (so it is not run again here)."""
    page, _, _ = visit(context, site + path)
    block = page.locator("div.highlight").first
    block.hover()
    block.locator('button[data-md-type="copy"]').click()
    code = page.evaluate("navigator.clipboard.readText()")
    title = page.locator(".highlight span.filename").first.inner_text()
    assert code == (ROOT / "snippets" / title).read_text().rstrip("\n")
    assert verify.printed_output(code)  # what it prints is in the copy, as comments


@pytest.mark.parametrize("language", ["en", "ko"])
def test_dense_page_renders_math_and_tables(browser, site, language):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + ("/ko" if language == "ko" else "") + "/layers/dense/")
    formulas = page.locator("math")
    assert formulas.count() >= 10
    assert all(formulas.nth(i).bounding_box()["height"] > 5 for i in range(formulas.count()))
    table = page.locator("article table").first
    assert table.bounding_box()["width"] > 300
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"dense-{language}.png", full_page=True)
    page.close()


LONGEST_PARAGRAPH = """() => [...document.querySelectorAll('article p')]
    .reduce((a, b) => (b.innerText.length > a.innerText.length ? b : a))"""


@pytest.mark.parametrize("width", [375, 1280])
def test_korean_text_keeps_words_whole_with_room_between_lines(browser, site, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(site + "/ko/layers/dropout/")
    paragraph = page.evaluate_handle(LONGEST_PARAGRAPH).as_element()
    style = paragraph.evaluate(
        "p => { const s = getComputedStyle(p); return [s.wordBreak, s.lineHeight, s.fontSize]; }"
    )
    assert style[0] == "keep-all"
    assert float(style[1].removesuffix("px")) / float(style[2].removesuffix("px")) >= 1.7
    ARTIFACTS.mkdir(exist_ok=True)
    paragraph.screenshot(path=ARTIFACTS / f"ko-paragraph-{width}px.png")
    page.locator("article table").first.screenshot(path=ARTIFACTS / f"ko-table-{width}px.png")
    page.close()
