"""Numbers written in page prose come from the snippets, not from memory.

Every shape tuple a page writes, such as `(None, 20, 5)`, must appear in the code or
the verified output of a snippet that page includes. So must every result written
after `=` (`5 × (10 + 1) = 55`) and every table cell that is just a number.
"""

import re

import pytest

from docs_tools import pages, verify

# A tuple of sizes with at least one comma, not a call such as `Dense(5)`.
SHAPE = re.compile(r"(?<![\w.])\((?:None|\d+)(?:,\s*(?:None|\d+))*,\s*(?:None|\d+)?\s*\)")
FENCE = re.compile(r"^\s*(```|~~~)")
RESULT = re.compile(r"\s=\s*(\d[\d,]*)\b")  # `x = 5`, not `NAME=1`
CELL = re.compile(r"(?<=\|)\s*\**(\d[\d,]*)\**\s*(?=\|)")
NUMBER = re.compile(r"\d[\d,]*")


def prose_lines(page):
    """Lines outside code fences, with their numbers."""
    inside = False
    for number, text in enumerate(page.read_text("utf-8").splitlines(), start=1):
        if FENCE.match(text):
            inside = not inside
        elif not inside:
            yield number, text


def normal(shape: str) -> str:
    return re.sub(r"\s+", "", shape)


def evidence(page):
    """Shapes and numbers that the page's snippets write in their code or print."""
    shapes, numbers = set(), set()
    for inc in pages.includes(page):
        source = inc.file.read_text("utf-8")
        for text in [source, *verify.printed_output(source)]:
            shapes |= {normal(s) for s in SHAPE.findall(text)}
        for text in verify.printed_output(source):
            numbers |= {n.replace(",", "") for n in NUMBER.findall(text)}
    return shapes, numbers


def unbacked(page) -> list[str]:
    shapes, numbers = evidence(page)
    found = []
    for line, text in prose_lines(page):
        for shape in SHAPE.findall(text):
            if normal(shape) not in shapes:
                found.append(
                    f"{page}:{line}: {shape} is not printed or written by any snippet here"
                )
        for value in RESULT.findall(text) + CELL.findall(text):
            if value.replace(",", "") not in numbers:
                found.append(f"{page}:{line}: {value} is not printed by any snippet on this page")
    return found


@pytest.mark.parametrize("page", pages.all_pages(), ids=lambda p: p.name)
def test_shapes_and_counts_in_prose_appear_in_the_pages_snippets(page):
    found = unbacked(page)
    if found:
        pytest.fail("\n".join(found), pytrace=False)


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
