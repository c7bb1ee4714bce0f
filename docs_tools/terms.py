"""The glossary's rules on Korean pages: first use, and no rejected variants.

On each Korean page, the first use of a glossary term in the body text is followed
by its English in parentheses: 합성곱(convolution). Headings, code, math and link
targets are not body text. A use inside a longer glossary term (패딩 inside
인과 패딩) counts for the longer term only.
"""

from __future__ import annotations

import re
from pathlib import Path

from docs_tools import glossary, pages
from docs_tools.paths import DOCS, display

FENCE = re.compile(r"^\s*(```|~~~)")
# Spans that are not prose: inline code, math, link targets, HTML tags and comments.
NOT_PROSE = re.compile(
    r"`[^`]*`|\$\$.*?\$\$|\$[^$]*\$|\]\([^)]*\)|<!--.*?-->|<[^>]+>|\{[#.][^}]*\}"
)


def body_lines(page: Path):
    """(line number, text) of body text, with non-prose spans blanked out."""
    inside = math = False
    for number, text in enumerate(page.read_text("utf-8").splitlines(), start=1):
        if FENCE.match(text):
            inside = not inside
            continue
        if text.strip() == "$$":
            math = not math
            continue
        if inside or math or text.lstrip().startswith("#") or pages.INCLUDE.match(text):
            continue
        yield number, NOT_PROSE.sub(lambda m: " " * len(m[0]), text)


def first_uses(page: Path, terms: list[glossary.Term]) -> dict[str, tuple[int, int]]:
    """For each term, where its first use ends: (line number, column)."""
    # Longer phrases claim their words first: a term, or a phrase a term is not part of.
    phrases = [(t.ko, t.ko) for t in terms] + [(p, None) for t in terms for p in t.not_in]
    phrases.sort(key=lambda phrase: len(phrase[0]), reverse=True)
    found: dict[str, tuple[int, int]] = {}
    for number, text in body_lines(page):
        claimed = [False] * len(text)
        for phrase, term in phrases:
            for match in re.finditer(re.escape(phrase), text):
                start, end = match.span()
                if any(claimed[start:end]):
                    continue
                claimed[start:end] = [True] * (end - start)
                if term:
                    found.setdefault(term, (number, end))
    return found


def problems(docs: Path = DOCS, data: Path = glossary.DATA) -> list[str]:
    terms = glossary.load(data)
    found = []
    for page in pages.all_pages(docs):
        if not pages.is_korean(page):
            continue
        uses = first_uses(page, terms)
        lines = page.read_text("utf-8").splitlines()
        found += _variants(page, terms)
        for term in terms:
            if term.ko not in uses:
                continue
            number, column = uses[term.ko]
            after = lines[number - 1][column:]
            english = [term.en, *term.also]
            pattern = r"^\**\s?\(\s*(" + "|".join(re.escape(e) for e in english) + ")"
            if not re.match(pattern, after, re.IGNORECASE):
                found.append(
                    f"{display(page)}:{number}: first use of {term.ko} needs the English: "
                    f"{term.ko}({term.en})"
                )
    return found


def _variants(page: Path, terms: list[glossary.Term]) -> list[str]:
    found = []
    for number, text in body_lines(page):
        for term in terms:
            for word in term.avoid:
                if word in text:
                    found.append(
                        f"{display(page)}:{number}: uses {word}; the glossary's term is "
                        f"{term.ko}({term.en})"
                    )
    return found
