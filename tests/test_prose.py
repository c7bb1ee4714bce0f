"""Numbers written in page prose come from the snippets, not from memory.

Checked against the snippets the page includes:

- every shape tuple, such as `(None, 20, 5)`: written in a snippet's code or printed by it;
- every decimal, such as 0.72 or 7.5: printed by a snippet exactly as written (0.72 is not
  backed by 0.720 or 72); a decimal inside inline code (`Dropout(0.2)`) may instead be
  written in a snippet's code, since it restates code;
- every whole number written as a result after `=` (`5 × (10 + 1) = 55`), every table cell
  that is just a number, and every count written in words ("67 parameters", "8 weights",
  "8 trainable variables"; "파라미터 67개", "가중치 8개", "변수는 8개"): printed by a snippet
  as a whole number (the 72 of a printed 0.72 does not count).

A number may run over a line break ("the same 195\nparameters"): prose is read by paragraph.
"""

import re

import pytest

from docs_tools import verify
from docs_tools.content import pages
from docs_tools.paths import ROOT

# A tuple of sizes with at least one comma, not a call such as `Dense(5)`.
SHAPE = re.compile(r"(?<![\w.])\((?:None|\d+)(?:,\s*(?:None|\d+))*,\s*(?:None|\d+)?\s*\)")
FENCE = re.compile(r"^\s*(```|~~~)")
# Not part of a word, a version (`3.11.5`) or a longer number. Hangul may follow (`0.9를`).
EDGE_BEFORE = r"(?<![A-Za-z0-9_.])"
EDGE_AFTER = r"(?![A-Za-z0-9_]|\.\d)"
DECIMAL = re.compile(EDGE_BEFORE + r"\d+\.\d+" + EDGE_AFTER)
WHOLE = re.compile(EDGE_BEFORE + r"\d[\d,]*(?<!,)" + EDGE_AFTER)
RESULT = re.compile(r"\s=\s*(\d[\d,]*(?<!,))" + EDGE_AFTER)  # `x = 5`, not `NAME=1`
CELL = re.compile(r"(?<=\|)\s*\**(\d[\d,]*)\**\s*(?=\|)")
COUNT_EN = re.compile(
    EDGE_BEFORE + r"(\d[\d,]*)\s+(?:[a-z-]+\s+)?(?:parameters?|weights?|variables?)\b"
)
# 파라미터 67개, 파라미터(parameter) 195개, 파라미터도 똑같이 195개, 가중치 8개, 변수는 8개
COUNT_KO = re.compile(
    r"(?:파라미터|가중치|변수)(?:\([A-Za-z ]+\))?[^\d\n.,;:()]{0,8}?(\d[\d,]*)\s*개"
)
INLINE_CODE = re.compile(r"`[^`\n]*`")

# Numbers on the real pages that no snippet prints, each with why the page writes it.
# A page listed here still fails on any other unbacked number, and an entry that the
# page no longer needs fails `test_known_unbacked_numbers_are_still_needed`.
KNOWN_UNBACKED = {
    # Pages with no snippet, writing a version or a target rather than a result.
    "docs/index.md": {"3.11": "the Python version to install"},
    "docs/index.ko.md": {"3.11": "the Python version to install"},
    "docs/compatibility.md": {"2.16": "the first release measured (docs_tools/compat/)"},
    "docs/compatibility.ko.md": {"2.16": "the first release measured (docs_tools/compat/)"},
    "docs/benchmarks.md": {
        "1.5": "TARGETS in benchmarks/build_speed.py",
        "1.2": "same",
        "2.5": "same",
    },
    "docs/benchmarks.ko.md": {
        "1.5": "TARGETS in benchmarks/build_speed.py",
        "1.2": "same",
        "2.5": "same",
    },
    # Written in a snippet's code, not printed by it.
    "docs/layers/regularizers-constraints.md": {
        "0.5": "the bias regularizer's strength, L1(0.5) in weight_regularizer_loss.py",
        "6": "the step 1 + 2 + 3 = 6 of the hand calculation before 0.72",
    },
    "docs/layers/regularizers-constraints.ko.md": {
        "0.5": "the bias regularizer's strength, L1(0.5) in weight_regularizer_loss.py",
        "6": "the step 1 + 2 + 3 = 6 of the hand calculation before 0.72",
    },
    "docs/training/digits.md": {"0.9": "the threshold of train.py's assert"},
    "docs/training/digits.ko.md": {"0.9": "the threshold of train.py's assert"},
}


def prose_blocks(page):
    """Paragraphs outside code fences: (first line number, text with its line breaks)."""
    inside, block, start = False, [], 0
    for number, text in enumerate(page.read_text("utf-8").splitlines(), start=1):
        if FENCE.match(text):
            inside = not inside
            text = ""
        if inside or not text.strip():
            if block:
                yield start, "\n".join(block)
            block = []
            continue
        if not block:
            start = number
        block.append(text)
    if block:
        yield start, "\n".join(block)


def normal(shape: str) -> str:
    return re.sub(r"\s+", "", shape)


def whole(value: str) -> str:
    return value.replace(",", "")


def evidence(page):
    """Shapes, decimals and whole numbers that the page's snippets write or print."""
    shapes, code_decimals, decimals, numbers = set(), set(), set(), set()
    for inc in pages.includes(page):
        source = inc.file.read_text("utf-8")
        printed = verify.printed_output(source)
        for text in [source, *printed]:
            shapes |= {normal(s) for s in SHAPE.findall(text)}
        code_decimals |= set(DECIMAL.findall(source))
        for text in printed:
            decimals |= set(DECIMAL.findall(text))
            numbers |= {whole(n) for n in WHOLE.findall(text)}
    return shapes, code_decimals | decimals, decimals, numbers


def in_code(spans, position) -> bool:
    return any(start <= position < end for start, end in spans)


def findings(page) -> list[tuple[int, str, str]]:
    """(line, number as written, message) for each number no snippet here backs."""
    shapes, code_decimals, decimals, numbers = evidence(page)
    found = set()
    for first, block in prose_blocks(page):
        spans = [m.span() for m in INLINE_CODE.finditer(block)]
        missing = []  # (match, group, why)
        for m in SHAPE.finditer(block):
            if normal(m[0]) not in shapes:
                missing.append((m, 0, "is not printed or written by any snippet here"))
        for m in DECIMAL.finditer(block):
            if in_code(spans, m.start()):
                if m[0] not in code_decimals:
                    missing.append((m, 0, "is not written or printed by any snippet here"))
            elif m[0] not in decimals:
                missing.append((m, 0, "is not printed by any snippet on this page"))
        for pattern in (RESULT, CELL, COUNT_EN, COUNT_KO):
            for m in pattern.finditer(block):
                if whole(m[1]) not in numbers:
                    missing.append((m, 1, "is not printed by any snippet on this page"))
        for m, group, why in missing:
            line = first + block.count("\n", 0, m.start(group))
            found.add((line, m[group], f"{page}:{line}: {m[group]} {why}"))
    return sorted(found)


def unbacked(page) -> list[str]:
    return [message for _, _, message in findings(page)]


def known(page) -> dict[str, str]:
    return KNOWN_UNBACKED.get(page.relative_to(ROOT).as_posix(), {})


@pytest.mark.parametrize("page", pages.all_pages(), ids=lambda p: p.name)
def test_shapes_and_counts_in_prose_appear_in_the_pages_snippets(page):
    found = [message for _, value, message in findings(page) if value not in known(page)]
    if found:
        pytest.fail("\n".join(found), pytrace=False)


def test_known_unbacked_numbers_are_still_needed():
    stale = []
    for name, values in KNOWN_UNBACKED.items():
        needed = {value for _, value, _ in findings(ROOT / name)}
        stale += [
            f"{name}: {value} is now backed or gone" for value in values if value not in needed
        ]
    assert stale == []


def test_a_number_no_snippet_prints_is_named(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        '```python\n--8<-- "snippets/layers/dense/param_count.py"\n```\n'
        "It has $5 \\times 11 = 55$ weights and a `(10, 5)` kernel.\n"
        "| layer | count |\n| --- | --- |\n| dense | 56 |\n| all | (None, 9) |\n"
        "Total = 68.\n"
    )
    assert unbacked(page) == [
        f"{page}:7: 56 is not printed by any snippet on this page",
        f"{page}:8: (None, 9) is not printed or written by any snippet here",
        f"{page}:9: 68 is not printed by any snippet on this page",
    ]


def test_a_decimal_must_be_printed_as_written(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        '```python\n--8<-- "snippets/layers/regularizers/activity_regularizer_loss.py"\n```\n'
        "With `L2(0.01)` the term is $72 / 100 = 0.72$, then 0.37.\n"
        "Not 0.99, not 0.720, and `L2(0.02)` is not in the code.\n"
        "The 72 of 0.72 is no result: $36 + 36 = 72$.\n"
    )
    assert unbacked(page) == [
        f"{page}:5: 0.02 is not written or printed by any snippet here",
        f"{page}:5: 0.720 is not printed by any snippet on this page",
        f"{page}:5: 0.99 is not printed by any snippet on this page",
        f"{page}:6: 72 is not printed by any snippet on this page",
    ]


def test_counts_written_in_words_must_be_printed(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        '```python\n--8<-- "snippets/layers/dense/param_count.py"\n```\n'
        "The model's 67 parameters, the same 67\nparameters; its first layer has 55 weights.\n"
        "모델의 파라미터 67개, 파라미터(parameter)도 똑같이 67개, 가중치 55개.\n"
        "\n"
        "Wrong: 68 parameters, the same 69\nparameters, 8 weights, 9 trainable variables.\n"
        "틀림: 파라미터 68개, 파라미터(parameter)는 0개, 가중치 8개, 변수는 9개.\n"
    )
    assert unbacked(page) == [
        f"{page}:8: 68 is not printed by any snippet on this page",
        f"{page}:8: 69 is not printed by any snippet on this page",
        f"{page}:9: 8 is not printed by any snippet on this page",
        f"{page}:9: 9 is not printed by any snippet on this page",
        f"{page}:10: 0 is not printed by any snippet on this page",
        f"{page}:10: 68 is not printed by any snippet on this page",
        f"{page}:10: 8 is not printed by any snippet on this page",
        f"{page}:10: 9 is not printed by any snippet on this page",
    ]
