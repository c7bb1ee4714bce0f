"""The glossary's rules on Korean pages (korean-style.md, "용어와 영어 병기").

- On the page that teaches a term (its `page` in glossary.yml), its first use in the body
  text is followed by its English in parentheses: 합성곱(convolution).
- On other pages the same holds for every term but the basic ones (`basic: true`), which
  are glossed only where they are taught.
- A term is glossed once per page, and a term whose Korean starts with its English name
  (Sequential 모델) is not glossed at all.
- Rejected variants (`avoid`) are not used.

Headings, code, math and link targets are not body text. A use inside a longer glossary
term (패딩 inside 인과 패딩) counts for the longer term only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from docs_tools.content import glossary, pages
from docs_tools.paths import DOCS, display

# Spans that are not prose: inline code, math, link targets, HTML tags and comments.
NOT_PROSE = re.compile(
    r"`[^`]*`|\$\$.*?\$\$|\$[^$]*\$|\]\([^)]*\)|<!--.*?-->|<[^>]+>|\{[#.][^}]*\}"
)


@dataclass(frozen=True)
class Use:
    term: glossary.Term
    line: int
    end: int  # column after the term


def body_lines(page: Path):
    """(line number, text) of body text, with non-prose spans blanked out."""
    parsed = pages.parse(page)
    math = False
    for number, text in enumerate(parsed.lines, start=1):
        if number in parsed.code:
            continue
        if text.strip() == "$$":
            math = not math
            continue
        if math or text.lstrip().startswith("#") or pages.INCLUDE.match(text):
            continue
        yield number, NOT_PROSE.sub(lambda m: " " * len(m[0]), text)


def uses(page: Path, terms: list[glossary.Term]) -> list[Use]:
    """Every use of a term in the body text, in reading order."""
    # Longer phrases claim their words first: a term, or a phrase a term is not part of.
    phrases = [(t.ko, t) for t in terms] + [(p, None) for t in terms for p in t.not_in]
    phrases.sort(key=lambda phrase: len(phrase[0]), reverse=True)
    found = []
    for number, text in body_lines(page):
        claimed = [False] * len(text)
        for phrase, term in phrases:
            for match in re.finditer(re.escape(phrase), text):
                start, end = match.span()
                if any(claimed[start:end]):
                    continue
                claimed[start:end] = [True] * (end - start)
                if term:
                    found.append((number, start, Use(term, number, end)))
    return [use for *_, use in sorted(found, key=lambda item: item[:2])]


def first_uses(page: Path, terms: list[glossary.Term]) -> dict[str, tuple[int, int]]:
    """For each term, where its first use ends: (line number, column)."""
    found: dict[str, tuple[int, int]] = {}
    for use in uses(page, terms):
        found.setdefault(use.term.ko, (use.line, use.end))
    return found


def is_glossed(use: Use, lines: list[str]) -> bool:
    after = lines[use.line - 1][use.end :]
    english = [use.term.en, *use.term.also]
    pattern = r"^\**\s?\(\s*(" + "|".join(re.escape(e) for e in english) + ")"
    return bool(re.match(pattern, after, re.IGNORECASE))


def names_itself(term: glossary.Term) -> bool:
    """Sequential 모델 already says Sequential: a gloss would repeat it."""
    return term.ko.split()[0] == term.en.split()[0]


def problems(docs: Path = DOCS, data: Path = glossary.DATA) -> list[str]:
    terms = glossary.load(data)
    found = []
    for page in pages.all_pages(docs):
        if pages.is_korean(page):
            found += _variants(page, terms) + _glosses(page, terms, docs, data)
    return found


def _glosses(page: Path, terms: list[glossary.Term], docs: Path, data: Path) -> list[str]:
    lines = pages.lines(page)
    by_term: dict[str, list[Use]] = {}
    for use in uses(page, terms):
        by_term.setdefault(use.term.ko, []).append(use)
    found = []
    for term in terms:
        used = by_term.get(term.ko)
        if not used:
            continue
        glossed = [use for use in used if is_glossed(use, lines)]
        where = f"{display(page)}:{{}}: "
        home = pages.twin(docs / term.page)
        if names_itself(term):
            found += [where.format(u.line) + f"{term.ko} needs no English" for u in glossed]
        elif term.basic and page.resolve() != home.resolve():
            found += [
                where.format(use.line) + f"{term.ko} is a basic term ({display(data)}:"
                f"{term.line}): gloss it only on {display(home)}, where it is taught"
                for use in glossed
            ]
        else:
            if used[0] not in glossed:
                found.append(
                    where.format(used[0].line) + f"first use of {term.ko} needs the English: "
                    f"{term.ko}({term.en})"
                )
            found += [
                where.format(use.line) + f"{term.ko} is glossed again; the English goes "
                f"after its first use only (line {used[0].line})"
                for use in glossed
                if use is not used[0]
            ]
    return found


def _variants(page: Path, terms: list[glossary.Term]) -> list[str]:
    """Rejected variants, except inside a longer term or phrase (스텝 in 타임스텝)."""
    phrases = [t.ko for t in terms] + [p for t in terms for p in t.not_in]
    found = []
    for number, text in body_lines(page):
        for term in terms:
            for word in term.avoid:
                longer = [p for p in phrases if word in p and p != word]
                covered = [m.span() for p in longer for m in re.finditer(re.escape(p), text)]
                for match in re.finditer(re.escape(word), text):
                    if any(s <= match.start() and match.end() <= e for s, e in covered):
                        continue
                    found.append(
                        f"{display(page)}:{number}: uses {word}; the glossary's term is "
                        f"{term.ko}({term.en})"
                    )
    return found
