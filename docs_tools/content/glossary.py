"""The Korean ↔ English glossary: `glossary.yml` is the one list of terms.

Each entry names the term in both languages and where the site first explains
it (a page and a heading id that both language versions share).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from docs_tools.content import pages
from docs_tools.content.pages import twin
from docs_tools.errors import DocsError
from docs_tools.paths import DOCS, ROOT, display

DATA = ROOT / "glossary.yml"
PLACEHOLDER = "<!-- glossary-table -->"
HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*\{[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$")


class GlossaryError(DocsError):
    pass


@dataclass(frozen=True)
class Term:
    ko: str
    en: str
    page: str  # relative to docs/, English file name
    anchor: str
    line: int  # in glossary.yml, for messages
    also: tuple[str, ...] = ()  # other English words accepted in parentheses
    not_in: tuple[str, ...] = ()  # longer phrases where the word means something else
    avoid: tuple[str, ...] = ()  # Korean variants the site does not use
    search: tuple[str, ...] = ()  # other Korean words readers search with (정칙화 for 규제)
    basic: bool = False  # glossed only where taught (its page), not on every page's first use


def load(path: Path = DATA) -> list[Term]:
    # libyaml's parser: a build reads the glossary ten times, 0.13 s each in pure Python.
    try:
        root = yaml.compose(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        raise GlossaryError(f"{display(path)}: {exc}") from None
    terms = []
    constructor = yaml.SafeLoader("")  # each entry's values, keeping its node's line
    for node in root.value if root else []:
        entry = constructor.construct_document(node)
        line = node.start_mark.line + 1
        missing = {"ko", "en", "page", "anchor"} - set(entry)
        if missing:
            raise GlossaryError(f"{display(path)}:{line}: entry lacks {', '.join(sorted(missing))}")
        extra = (tuple(entry.get(k, ())) for k in ("also", "not_in", "avoid", "search"))
        basic = bool(entry.get("basic", False))
        terms.append(
            Term(entry["ko"], entry["en"], entry["page"], entry["anchor"], line, *extra, basic)
        )
    return terms


def headings(page: Path) -> dict[str, str]:
    """Heading ids set with `{#id}` on a page, mapped to their text."""
    found = {}
    for text in pages.lines(page):
        match = HEADING.match(text)
        if match:
            found[match["id"]] = match["text"]
    return found


def title(page: Path) -> str:
    return pages.title(page) or page.stem


def table(korean: bool, docs: Path = DOCS, path: Path = DATA) -> str:
    """The glossary as a Markdown table in one language; raise on a dangling reference."""
    if korean:
        rows = ["| 한국어 | 영어 | 처음 설명하는 곳 |", "| --- | --- | --- |"]
    else:
        rows = ["| English | 한국어 (Korean) | First explained in |", "| --- | --- | --- |"]
    for term in sorted(load(path), key=lambda t: t.ko if korean else t.en.lower()):
        page = docs / term.page
        if korean:
            page = twin(page)
        if not page.is_file():
            raise GlossaryError(f"{display(path)}:{term.line}: page {display(page)} does not exist")
        heading = headings(page).get(term.anchor)
        if heading is None:
            raise GlossaryError(
                f"{display(path)}:{term.line}: {display(page)} has no heading with id "
                f"'{term.anchor}'"
            )
        link = f"[{title(page)} › {heading}]({term.page}#{term.anchor})"
        first, second = (term.ko, term.en) if korean else (term.en, term.ko)
        rows.append(f"| {first} | {second} | {link} |")
    return "\n".join(rows)


def search_synonyms(path: Path = DATA) -> dict[str, list[str]]:
    """Korean words a reader may search with, mapped to the glossary terms the site uses."""
    synonyms: dict[str, list[str]] = {}
    for term in load(path):
        for variant in (*term.avoid, *term.search):
            # Readers type a variant with or without its spaces (순차 모델, 순차모델).
            for key in dict.fromkeys((variant, variant.replace(" ", ""))):
                synonyms.setdefault(key, []).append(term.ko)
    return synonyms
