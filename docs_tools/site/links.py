"""Every link inside the built site leads somewhere: its page exists, and its #anchor too.

MkDocs checks the links written in Markdown; this checks the HTML it wrote, which also
holds what plugins render themselves (the notebooks' headings and tables of contents).
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from docs_tools.paths import display

TAG_LINK = re.compile(r'<(?:a|link)\b[^>]*?\shref="(?P<href>[^"]*)"', re.S)
ID = re.compile(r'\s(?:id|name)="(?P<id>[^"]*)"')
SCRIPT = re.compile(r"<script\b.*?</script>", re.S)  # hrefs in scripts are not links


def broken(site: Path, base: str = "/", sources: dict[str, Path] | None = None) -> list[str]:
    """One line per link that leads nowhere: `source:line: page links to href, why`.

    `base` is the path the site is served under (site_url's), which absolute links start with.
    """
    pages = {p.relative_to(site).as_posix(): p.read_text("utf-8") for p in site.rglob("*.html")}
    ids = {
        name: {html.unescape(m["id"]) for m in ID.finditer(text)} for name, text in pages.items()
    }
    problems = []
    for name, text in sorted(pages.items()):
        for match in TAG_LINK.finditer(SCRIPT.sub("", text)):
            href = html.unescape(match["href"])
            why = _why(site, base, name, href, ids)
            if why:
                problems.append(f"{_where(name, href, sources)}: {name} links to {href}, {why}")
    return list(dict.fromkeys(problems))  # a link repeated (the sidebar, the page) once


def _why(site: Path, base: str, page: str, href: str, ids: dict[str, set[str]]) -> str | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("//"):
        return None  # not a page of this site (the no-third-party test covers requests)
    path = unquote(parts.path)
    if path.startswith("/"):
        if not path.startswith(base):
            return f"which is outside {base}, the path the site is served under"
        target = posixpath.normpath(path.removeprefix(base)) if path != base else "."
    elif path:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    else:
        target = page
    if target.startswith(".."):
        return "which is outside the site"
    if path.endswith("/") or (path and (site / target).is_dir()):
        target = posixpath.join(target, "index.html")
    if not (site / target).is_file():
        return "which is not a file of the site"
    anchor = unquote(parts.fragment)
    if anchor and target.endswith(".html") and anchor not in ids.get(target, set()):
        return f"but no element on {target} has the id {anchor!r}"
    return None


def _where(page: str, href: str, sources: dict[str, Path] | None) -> str:
    """The source file and the first line that holds the link's target, where known."""
    source = (sources or {}).get(page)
    if source is None or not source.is_file():
        return page
    needle = urlsplit(href).fragment or href
    for number, line in enumerate(source.read_text("utf-8").splitlines(), 1):
        if needle in line:
            return f"{display(source)}:{number}"
    return f"{display(source)}:1"
