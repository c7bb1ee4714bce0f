"""A page's Markdown, before MkDocs renders it: generated blocks, notices and metadata,
the outputs of snippets, and the stamp under each included snippet.

Every generated block is asked for by a marker line of one syntax, `<!-- name -->` or
`<!-- name: target -->`. Blocks that replace a whole marker are rows of GENERATED; the two
with a target are `<!-- output: snippets/x.py -->` (insert_outputs, below) and
`<!-- diagram: snippets/x.py -->` (docs_tools/site/diagrams.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docs_tools import notebooks
from docs_tools.compat import page as compat_page
from docs_tools.content import benchmarks, glossary, pages, quality, reference
from docs_tools.paths import ROOT
from docs_tools.verify import cache, localize

STAMP = {
    "en": "Verified with TensorFlow {tensorflow} and Keras {keras}: "
    "the <code>#&gt;</code> lines are what this program really prints.",
    "ko": "TensorFlow {tensorflow}, Keras {keras}로 실행해 검증했습니다. "
    "<code>#&gt;</code> 줄은 이 프로그램이 실제로 출력하는 내용입니다.",
}
PRINTED_BY = {
    "en": "Printed by <code>{name}</code>, "
    "verified with TensorFlow {tensorflow} and Keras {keras}.",
    "ko": "<code>{name}</code> 파일이 출력한 내용입니다. "
    "TensorFlow {tensorflow}, Keras {keras}로 실행해 검증했습니다.",
}
STALE_NOTICE = {
    "en": (
        "This page may be out of date",
        "The Korean version of this page changed after the two were last checked against "
        "each other.",
        "Read the Korean page",
    ),
    "ko": (
        "이 번역은 최신이 아닐 수 있습니다",
        "두 언어의 페이지를 마지막으로 맞춰 본 뒤에 영어 원문이 바뀌었습니다.",
        "영어 원문 보기",
    ),
}


@dataclass(frozen=True)
class Where:
    """What a generated block may depend on: the page's language and the project's files."""

    language: str
    docs: Path
    config_file: Path

    @property
    def korean(self) -> bool:
        return self.language == "ko"


# Marker -> the Markdown that replaces it. Adding a generated block is adding a row; a
# maker raises DocsError (or a subclass) naming the file and line that is wrong.
GENERATED: dict[str, Callable[[Where], str]] = {
    glossary.PLACEHOLDER: lambda at: glossary.table(korean=at.korean, docs=at.docs),
    quality.PLACEHOLDER: lambda at: quality.table(korean=at.korean),
    benchmarks.PLACEHOLDER: lambda at: benchmarks.table(korean=at.korean),
    notebooks.NOTEBOOK_INDEX: lambda at: notebooks.index_table(
        at.language, at.docs, at.config_file
    ),
    reference.INDEX_MARKER: lambda at: reference.index_table(at.language, at.docs),
    reference.COVERAGE_MARKER: lambda at: reference.coverage_line(
        at.language, cache.versions()["keras"], at.docs
    ),
    compat_page.PLACEHOLDER: lambda at: compat_page.matrix(at.language),
    compat_page.DIFFERENCES: lambda at: compat_page.differences(at.language),
}


def insert_generated(markdown: str, at: Where) -> str:
    for marker, make in GENERATED.items():
        if marker in markdown:
            markdown = markdown.replace(marker, make(at))
    compat_page.data()  # every code block states its releases: the data must exist
    return markdown


def stale_notice(url: str, language: str) -> str:
    """An admonition at the top of the page, linking to the other language's version."""
    title, text, link = STALE_NOTICE[language]
    here = url.rstrip("/")
    other = here.removeprefix("ko").lstrip("/") if language == "ko" else f"ko/{here}".rstrip("/")
    return f'!!! warning "{title}"\n\n    {text} <a href="{pages.href(other, here)}">{link}</a>\n\n'


def insert_outputs(markdown: str, language: str) -> str:
    """Replace each `<!-- output: snippets/x.py -->` with what that snippet prints.

    The build has already verified the snippet, so its `#>` lines are its real output;
    a Korean page shows its words in Korean (docs_tools/verify/localize.py).
    """
    out = []
    for text in markdown.splitlines():
        match = pages.OUTPUT.match(text)
        if not match:
            out.append(text)
            continue
        indent = text[: len(text) - len(text.lstrip())]
        printed = localize.printed(ROOT / match["target"], language)
        name = match["target"].removeprefix("snippets/")
        caption = PRINTED_BY[language].format(name=name, **cache.versions())
        out += [indent + line for line in printed]
        out += _verified(caption, indent)
    return "\n".join(out) + "\n"


def _verified(text, indent):
    """A paragraph of class snippet-verified. Markdown, not a `<p>` tag: inside a tab or
    admonition a raw tag is not an HTML block, and it would be wrapped in a second `<p>`."""
    return ["", f"{indent}{text}", f"{indent}{{: .snippet-verified }}", ""]


def stamp_snippet_blocks(markdown, language, url=None):
    """Title each code block that includes a snippet, and state the versions under it.

    Given the page's URL, also say which TensorFlow releases the snippet runs on, with
    a note under the block for each older release where it does not (compat/matrix.json).
    """
    lines = markdown.splitlines()
    out, index = [], 0  # index: the first line not yet copied
    for block in pages.fenced(lines):
        code = lines[block.start - 1 : block.end]
        included = next((m["target"] for m in map(pages.INCLUDE.match, code) if m), None)
        out += lines[index : block.start - 1]
        index = block.end
        if not (included and block.closed):
            out += code  # not a snippet's block, or one never closed: left as written
            continue
        out += [_titled(block.opening, included), *code[1:]]
        stamp = STAMP[language].format(**cache.versions())
        name = included.partition(":")[0]
        if url is not None:
            stamp += " " + compat_page.summary(name, language, _compat_href(url, language))
        indent = pages.FENCE.match(code[-1])["indent"]  # the closing fence's
        out += _verified(stamp, indent)
        if url is not None:
            out += compat_page.notes_markdown(name, language, indent)
    out += lines[index:]
    return "\n".join(out) + "\n"


def _compat_href(url, language):
    here = url.rstrip("/")
    return pages.href("ko/compatibility" if language == "ko" else "compatibility", here)


def _titled(fence, target):
    if "title=" in fence["info"]:
        return fence.string
    path, _, section = target.partition(":")
    name = path.removeprefix("snippets/") + (f" › {section}" if section else "")
    return f'{fence["indent"]}{fence["fence"]}{fence["info"].rstrip()} title="{name}"'
