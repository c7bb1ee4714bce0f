"""The checkable rules of korean-style.md on the Korean pages, besides the glossary's
(docs_tools/content/terms.py). Each finding is `file:line: message`.

The guide's tables marked `<!-- lint: names -->` and `<!-- lint: calques -->` are this
module's data: the English names whose particles are checked, and the calques.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from docs_tools import verify
from docs_tools.content import glossary, pages, terms
from docs_tools.paths import DOCS, ROOT, display

GUIDE = ROOT / "korean-style.md"

# Particles after a vowel and after a consonant; ㄹ takes 로 like a vowel.
PARTICLES = {"는": "은", "가": "이", "를": "을", "와": "과", "로": "으로"}
AFTER_CONSONANT = {v: k for k, v in PARTICLES.items()}
PARTICLE = r"(?P<particle>으로|[은는이가을를과와로])(?![가-힣])"
NUMBER = re.compile(
    r"(?<![\w.,])(?P<token>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<decimals>\d+))?" + PARTICLE
)
# How a digit is read (영, 일, 이, 삼, …): its final sound.
ENDS = ["받침", "ㄹ", "모음", "받침", "모음", "모음", "받침", "ㄹ", "ㄹ", "모음"]
DIGIT_END = dict(zip("0123456789", ENDS, strict=True))

# 해라체 and 해요체 sentence ends: 한다. 했다. 해요. 이죠.
PLAIN_END = re.compile(r"(?<!니|마|보)다[.!?](?!\w)|(?<!필|중|개|주|세)요[.!?]|죠[.!?]")
MATH_TEXT = re.compile(r"\\text\{([^{}]*)\}")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
CODE_SPAN = re.compile(r"`([^`]+)`")


def guide_rows(marker: str, guide: Path = GUIDE) -> list[list[str]]:
    """The cells of the table that follows `<!-- lint: marker -->` in the guide."""
    lines = guide.read_text("utf-8").splitlines()
    start = lines.index(f"<!-- lint: {marker} -->") + 3  # the header and its rule
    rows = []
    for text in lines[start:]:
        if not text.startswith("|"):
            break
        rows.append([cell.strip() for cell in text.strip("|").split("|")])
    return rows


def names(guide: Path = GUIDE) -> dict[str, str]:
    """English name -> how its Korean reading ends: 모음, ㄹ or 받침."""
    return {row[0]: row[2] for row in guide_rows("names", guide)}


def calques(guide: Path = GUIDE) -> list[str]:
    return [CODE_SPAN.search(row[0])[1] for row in guide_rows("calques", guide)]


def number_end(token: str, decimals: str | None) -> str:
    """How the reading of a number ends: 3 삼 -> 받침, 2 이 -> 모음, 10 십 -> 받침."""
    digits = decimals or token.replace(",", "")
    if decimals or digits == "0" or not digits.endswith("0"):
        return DIGIT_END[digits[-1]]
    return "받침"  # 십, 백, 천, 만: every round number ends in a consonant


def expected_particle(particle: str, end: str) -> str:
    if end == "모음" or (end == "ㄹ" and particle in ("로", "으로")):
        return AFTER_CONSONANT.get(particle, particle)
    return PARTICLES.get(particle, particle)


def problems(
    docs: Path = DOCS, guide: Path = GUIDE, glossary_data: Path = glossary.DATA
) -> list[str]:
    found = []
    readings, phrases = names(guide), calques(guide)
    spaced = [term.ko for term in glossary.load(glossary_data) if " " in term.ko]
    for page in pages.all_pages(docs):
        if not pages.is_korean(page):
            continue
        lines = pages.lines(page)
        where = display(page)
        found += _particles(page, lines, readings, where)
        found += _prose(page, phrases, where) + _headings(pages.parse(page), where)
        found += _split_terms(page, spaced, where)
        found += _formulas(lines, where)
    return found


def _particles(page: Path, lines: list[str], readings: dict[str, str], where: str) -> list[str]:
    found = []
    name = "|".join(re.escape(n) for n in sorted(readings, key=len, reverse=True))
    named = re.compile(rf"(?<!\w)(?P<token>{name})" + PARTICLE)
    coded = re.compile(rf"`(?P<token>{name})`" + PARTICLE)
    for number, text in terms.body_lines(page):
        raw = lines[number - 1]
        checks = [(m, number_end(m["token"], m["decimals"])) for m in NUMBER.finditer(text)]
        checks += [(m, readings[m["token"]]) for m in named.finditer(text)]
        checks += [(m, readings[m["token"]]) for m in coded.finditer(raw)]
        for match, end in checks:
            right = expected_particle(match["particle"], end)
            if right != match["particle"]:
                word = match[0].removesuffix(match["particle"]).strip("`")
                found.append(
                    f"{where}:{number}: {word}{match['particle']} should be {word}{right} "
                    "(read as it sounds; korean-style.md 3절)"
                )
    return found


def _prose(page: Path, phrases: list[str], where: str) -> list[str]:
    found = []
    depth = 0
    for number, text in terms.body_lines(page):
        if not text.strip():
            depth = 0  # a paragraph ends
        plain = text.replace("*", "")
        for phrase in phrases:
            if phrase in plain:
                found.append(f"{where}:{number}: '{phrase}' is a calque (korean-style.md 4절)")
        for match in PLAIN_END.finditer(text):
            start = text.rfind(". ", 0, match.start()) + 1  # the sentence's start
            found.append(
                f"{where}:{number}: '{text[start : match.end()].strip()}' is not 합니다체 "
                "(korean-style.md 1절)"
            )
        if ")(" in text:
            found.append(f"{where}:{number}: parentheses back to back; rewrite the sentence")
        for char in text:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if char == "(" and depth == 2:
                found.append(
                    f"{where}:{number}: parentheses inside parentheses; rewrite the sentence"
                )
        depth = max(depth, 0)
    return found


HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*(\{[^}]*\})?\s*$")


def _split_terms(page: Path, spaced: list[str], where: str) -> list[str]:
    """A term broken across two lines is invisible to the glossary checks."""
    found = []
    body = dict(terms.body_lines(page))
    for number, text in body.items():
        following = body.get(number + 1, "").lstrip().replace("*", "")
        end = text.rstrip().replace("*", "")
        for term in spaced:
            words = term.split(" ")
            for cut in range(1, len(words)):
                head, tail = " ".join(words[:cut]), " ".join(words[cut:])
                if end.endswith(head) and following.startswith(tail):
                    found.append(
                        f"{where}:{number}: {term} is split across two lines; keep it on one line"
                    )
    return found


def _headings(page: pages.Page, where: str) -> list[str]:
    found = []
    for number, text in enumerate(page.lines, start=1):
        heading = None if number in page.code else HEADING.match(text)
        if heading and re.search(r"(?<!니|마|보)다\.?$", heading["text"]):
            found.append(
                f"{where}:{number}: the heading ends in 해라체; write a noun phrase or 합니다체 "
                "(korean-style.md 1절)"
            )
    return found


def _formulas(lines: list[str], where: str) -> list[str]:
    """A sentence ends before a display formula; a formula's words are Korean or code."""
    found = []
    spans = [span for text in lines if "```" not in text for span in CODE_SPAN.findall(text)]
    code = {word for span in spans for word in re.findall(r"\w+", span)}
    inside = False
    for number, text in enumerate(lines, start=1):
        if text.strip() == "$$":
            if not inside:
                before = next((t.strip() for t in reversed(lines[: number - 1]) if t.strip()), "")
                prose = before and before != "$$" and not before.startswith(("#", "|"))
                if prose and not before.endswith((".", ":")):
                    found.append(
                        f"{where}:{number}: the sentence before this formula runs into it; "
                        "end it before the formula (korean-style.md 4절)"
                    )
            inside = not inside
            continue
        math = text if inside else " ".join(re.findall(r"\$[^$]+\$", text))
        for content in MATH_TEXT.findall(math):
            for word in LATIN_WORD.findall(content):
                if word[0].islower() and word not in code:
                    found.append(
                        f"{where}:{number}: the formula says '{word}'; write its words in "
                        "Korean, or show the code name in backticks (korean-style.md 6절)"
                    )
    return found


# Generated output ---------------------------------------------------------------------

# Lowercase names that are not English prose.
LOWERCASE_NAMES = {"pytest", "axe-core", "linkinator", "mkdocs", "pip"}
CODE = re.compile(r"`[^`]*`|<code>.*?</code>|<[^>]+>|\]\([^)]*\)")


def english_words(text: str, values: set[str] = frozenset()) -> list[str]:
    """English words outside code in generated text. A word starting with a capital is a
    name (TensorFlow, Dense, True, ValueError), a dotted or underscored one is code
    (tf.function), and `values` are the snippet's own one-word strings (padding="valid"),
    which a table may print bare."""
    plain = CODE.sub(" ", text)
    return [
        word
        for word in re.findall(r"[A-Za-z](?:[\w-]|\.(?=\w))*", plain)
        if len(word) > 1
        and word[0].islower()
        and not re.search(r"[._]", word)  # tf.function, count_params: code
        and word not in values
        and word not in LOWERCASE_NAMES
    ]


def one_word_strings(snippet: Path) -> set[str]:
    """The snippet's string constants that are a single word: values, not prose."""
    tree = ast.parse(verify.parse(snippet).text)
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.fullmatch(r"\w+", node.value)
    }
