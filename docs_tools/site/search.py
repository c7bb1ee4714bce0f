"""Site search in both languages: one index per language, Material's worker behind ours.

- mkdocs-static-i18n writes one index with both languages; after the build it is split
  into `search/search_index.json` (English) and `ko/search/search_index.json`, and
  Korean pages' `__config` base points at `ko/`, so a reader downloads (and the page
  parses) only their language's index.
- Each page's `__config` names Material's search worker; we point it at
  `search-i18n.js` (docs/assets/javascripts/workers/), which rewrites Korean queries
  and then runs Material's worker. The glossary's search data is written next to it
  as `search-terms.js`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from docs_tools.content import glossary
from docs_tools.errors import DocsError

WORKER = re.compile(r'("search": "(?P<folder>[^"]*/workers/))(?P<name>search\.[0-9a-f]+\.min\.js)"')
TERMS = "assets/javascripts/workers/search-terms.js"


BASE = re.compile(r'("base": "(?P<base>[^"]*))"')
INDEX = "search/search_index.json"


def use_site_worker(html: str, language: str, source: str) -> str:
    """Name our worker in the page's config; on a Korean page, base it at `ko/`."""
    if 'id="__config"' not in html:
        return html
    html, count = WORKER.subn(
        lambda m: f'{m[1]}search-i18n.js?material={m["name"]}&lang={language}"', html
    )
    if language == "ko" and count == 1:
        html, count = BASE.subn(lambda m: f'{m[1].rstrip("/")}/ko/"', html, count=1)
    if count != 1:
        raise DocsError(
            f"{source}: the page's search configuration does not name Material's worker "
            "and base as expected (did the Material version change?)"
        )
    return html


def split_index(site: Path) -> None:
    """One search index per language, each with locations relative to its own root
    (notebook pages are left out of Material's index by the hooks)."""
    source = site / INDEX
    data = json.loads(source.read_text("utf-8"))
    docs = data["docs"]
    korean = [doc for doc in docs if _is_korean(doc["location"])]
    english = [doc for doc in docs if not _is_korean(doc["location"])]
    for doc in korean:
        doc["location"] = doc["location"].removeprefix("ko/")
    for folder, docs in ((site, english), (site / "ko", korean)):
        target = folder / INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({**data, "docs": docs}, ensure_ascii=False, separators=(",", ":"))
        target.write_text(text, "utf-8")


def _is_korean(location: str) -> bool:
    return location == "ko/" or location.startswith(("ko/", "ko#"))


DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
DIALOG_NAME = {"en": "Search", "ko": "검색"}


def name_dialog(html: str, language: str, source: str) -> str:
    """Give the search dialog an accessible name (Material leaves it unnamed)."""
    if 'id="__config"' in html and DIALOG not in html:
        raise DocsError(
            f"{source}: the page has no search dialog marked up as expected, to name it "
            "for screen readers (did the Material version change?)"
        )
    named = DIALOG.replace('role="dialog"', f'role="dialog" aria-label="{DIALOG_NAME[language]}"')
    return html.replace(DIALOG, named)


def write_terms(site: Path) -> None:
    terms = {
        "synonyms": glossary.search_synonyms(),
        "explained": explained(),
        "terms": sorted({term.ko for term in glossary.load()}),
    }
    data = json.dumps(terms, ensure_ascii=False, sort_keys=True, indent=1)
    target = site / TERMS
    target.parent.mkdir(parents=True, exist_ok=True)
    header = "// Generated from glossary.yml at build time."
    target.write_text(f"{header}\nself.searchTerms = {data};\n")


def explained() -> dict[str, dict[str, str]]:
    """Per language, search-index locations mapped to the glossary terms explained there.

    The worker gives these sections a field of their own, so the section the glossary
    names for a term ranks first for that term.
    """
    found: dict[str, list[str]] = {}
    single = {term.en for term in glossary.load() if " " not in term.en}
    for term in glossary.load():
        page = term.page.removesuffix(".md").removesuffix("index")
        url = f"{page}/".lstrip("/") if page else ""
        # A word that is a term of its own (convolution) is left out of a longer term
        # (separable convolution), whose home would otherwise compete for that word.
        english = [w for w in term.en.split() if " " not in term.en or w not in single]
        found.setdefault(f"{url}#{term.anchor}", []).extend(english)
        # A Korean term goes in as one marked word (순차모델_): a query naming the
        # whole term, with or without its spaces, asks for exactly that word, so
        # 합성곱 does not pick up the home of 합성곱 신경망.
        found.setdefault(f"ko/{url}#{term.anchor}", []).append(term.ko.replace(" ", "") + "_")
    split: dict[str, dict[str, str]] = {"en": {}, "ko": {}}
    for location, words in sorted(found.items()):
        language = "ko" if _is_korean(location) else "en"
        split[language][location.removeprefix("ko/")] = " ".join(words)
    return split
