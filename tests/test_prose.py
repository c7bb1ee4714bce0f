"""Numbers written in page prose come from the snippets, not from memory.

Every shape tuple a page writes, such as `(None, 20, 5)`, must appear in the code or
the verified output of a snippet that page includes.
"""

import re

import pytest

from docs_tools import pages, verify

# A tuple of sizes with at least one comma, not a call such as `Dense(5)`.
SHAPE = re.compile(r"(?<![\w.])\((?:None|\d+)(?:,\s*(?:None|\d+))*,\s*(?:None|\d+)?\s*\)")
FENCE = re.compile(r"^\s*(```|~~~)")


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


@pytest.mark.parametrize("page", pages.all_pages(), ids=lambda p: p.name)
def test_shapes_in_prose_appear_in_the_pages_snippets(page):
    evidence = set()
    for inc in pages.includes(page):
        source = inc.file.read_text("utf-8")
        for text in [source, *verify.printed_output(source)]:
            evidence |= {normal(s) for s in SHAPE.findall(text)}
    unbacked = [
        f"{page}:{number}: {shape} is not printed or written by any snippet on this page"
        for number, text in prose_lines(page)
        for shape in SHAPE.findall(text)
        if normal(shape) not in evidence
    ]
    if unbacked:
        pytest.fail("\n".join(unbacked), pytrace=False)
