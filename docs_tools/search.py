"""Site search in both languages: Material's worker behind our wrapper.

Each page's `__config` names Material's search worker; we point it at
`search-i18n.js` (docs/assets/javascripts/workers/), which keeps the index to the
page's language and rewrites Korean queries, then runs Material's worker. The
glossary's search synonyms are written next to it as `search-terms.js`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from docs_tools import glossary

WORKER = re.compile(r'("search": "(?P<folder>[^"]*/workers/))(?P<name>search\.[0-9a-f]+\.min\.js)"')
TERMS = "assets/javascripts/workers/search-terms.js"


def use_site_worker(html: str, language: str, source: str) -> str:
    """Name our worker in the page's config, with Material's worker and the language."""
    if 'id="__config"' not in html:
        return html
    html, count = WORKER.subn(
        lambda m: f'{m[1]}search-i18n.js?material={m["name"]}&lang={language}"', html
    )
    if count != 1:
        raise PluginError(
            f"{source}: the page's search configuration does not name Material's worker "
            "as expected (did the Material version change?)"
        )
    return html


def write_terms(site: Path) -> None:
    try:
        terms = {
            "synonyms": glossary.search_synonyms(),
            "explained": explained(),
            "terms": sorted({term.ko for term in glossary.load()}),
        }
    except glossary.GlossaryError as exc:
        raise PluginError(str(exc)) from None
    data = json.dumps(terms, ensure_ascii=False, sort_keys=True, indent=1)
    target = site / TERMS
    target.parent.mkdir(parents=True, exist_ok=True)
    header = "// Generated from glossary.yml at build time."
    target.write_text(f"{header}\nself.searchTerms = {data};\n")


def explained() -> dict[str, str]:
    """Search-index locations mapped to the glossary terms explained there, both languages.

    The worker gives these sections a field of their own, so the section the glossary
    names for a term ranks first for that term.
    """
    found: dict[str, list[str]] = {}
    for term in glossary.load():
        page = term.page.removesuffix(".md").removesuffix("index")
        url = f"{page}/".lstrip("/") if page else ""
        found.setdefault(f"{url}#{term.anchor}", []).append(term.en)
        # A Korean term goes in as one marked word (순차모델_): a query naming the
        # whole term, with or without its spaces, asks for exactly that word, so
        # 합성곱 does not pick up the home of 합성곱 신경망.
        found.setdefault(f"ko/{url}#{term.anchor}", []).append(term.ko.replace(" ", "") + "_")
    return {location: " ".join(words) for location, words in sorted(found.items())}
