"""A rendered page's HTML, last: what every page and the 404 page get before they are
written, and the check of the whole site's links once it is."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from docs_tools import upstream
from docs_tools.errors import report
from docs_tools.site import csp, search
from docs_tools.site import links as site_links


def finish(output: str, language: str, source: str) -> str:
    output = upstream.without_head_alternates(output)
    output = search.name_dialog(output, language, source)
    output = search.use_site_worker(output, language, source)
    return csp.add_policy(output, source)


def check_links(site: Path, site_url: str | None, sources: dict[str, Path]) -> None:
    """Every link in the built site leads to a page or file; a broken one names its source."""
    base = urlsplit(site_url or "/").path or "/"
    broken = site_links.broken(site, base, sources)
    if broken:
        raise report("Links in the built site lead nowhere", broken)
