"""Notebooks made from the pages: the page's prose as Markdown cells, its snippets as code.

Each page that includes a snippet gets `docs/<section>/<page>/notebook.ipynb` (English)
and `notebook.ko.ipynb` (Korean). They are build artifacts, never edited or committed:
the build and the tests write them from the page and its snippets.

A code cell's outputs are what its snippet showed when it was verified (printed text and
figures, recorded by docs_tools.verify.outputs with the snippet's pass in the cache), so
no snippet runs a second time in a Jupyter kernel: each cell is a complete program the
verifier ran in a fresh state, which is what the notebook's first cell gives each later
one. Outputs that disagree with the snippet's `#>` lines still fail. That a downloaded
notebook runs top to bottom in a kernel is shown by a test on the worked example, whose
cells depend on each other through the modules they write (tests/test_notebooks.py).
"""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from docs_tools import verify
from docs_tools.content import pages
from docs_tools.errors import DocsError
from docs_tools.paths import DOCS, ROOT, display, per_version
from docs_tools.verify import cache, localize

# Material's tabs and admonitions, which Jupyter does not know: shown as a bold title.
BLOCK = re.compile(
    r'^(?P<indent>\s*)(?:===|\?\?\?\+?|!!!)\s*(?:[\w-]+\s*)?(?:"(?P<title>.*)")?\s*$'
)
HEADING_ID = re.compile(r"^(?P<heading>#{1,6} .*?)\s*\{#(?P<id>[\w-]+)\}\s*$")
# `**bold**` that CommonMark (Jupyter, nbconvert) leaves as asterisks: `**API(x)**로`.
STRONG = re.compile(r"(?<!\*)\*\*(?P<inner>[^*\s](?:[^*]*[^*\s])?)\*\*(?!\*)")
CODE_SPAN = re.compile(r"(`+).+?\1")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<target>[^)\s]+)\)")
LINK = re.compile(r"\]\((?P<target>[^)\s#]+\.md)(?P<anchor>#[^)\s]*)?\)")

INTRO = {
    "en": "Each code cell below is a complete program from the page, verified with "
    "TensorFlow {tensorflow} and Keras {keras}. The first cell uses the settings the "
    "site verifies with and starts each later cell from a fresh Keras state, so what "
    "the cells print matches the page.",
    "ko": "아래 코드 셀은 모두 페이지에 실린 완전한 프로그램이며, TensorFlow {tensorflow}, "
    "Keras {keras}로 실행해 검증했습니다. 첫 셀은 사이트가 검증할 때와 같은 설정을 쓰고, "
    "이후 각 셀을 새로운 Keras 상태에서 시작합니다. 그래서 셀이 출력하는 내용이 페이지와 같습니다.",
}
SETUP = """\
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
import rich.console
import tensorflow as tf

# In Jupyter, rich turns Keras' summary(print_fn=...) into HTML and passes print_fn
# nothing; as a plain console it prints the text, as the page shows.
rich.console._is_jupyter = lambda: False


def fresh_keras_state(info):
    tf.keras.backend.clear_session(free_memory=False)


get_ipython().events.register("pre_run_cell", fresh_keras_state)"""
WRITEFILE = "%%writefile {name}\n"


class NotebookError(DocsError):
    """A notebook could not be made, or a cell raised or printed other than its snippet."""


@dataclass
class Cell:
    kind: str  # "markdown" or "code"
    source: str
    snippet: Path | None = None  # the snippet a code cell runs


# Pages under these folders of docs/ that include a snippet each get a notebook. The
# navigation lists one page, `notebooks.md`, whose table (NOTEBOOK_INDEX, filled at build
# time) links them all, instead of repeating every page in the sidebar.
NOTEBOOK_SECTIONS = ("layers", "preprocessing", "models", "training", "reference")
NOTEBOOK_INDEX = "<!-- notebook-index -->"
# A page in the navigation: `- Dense: layers/dense.md`.
NAV_PAGE = re.compile(r"^[ \t]*-\s.*?:\s*(?P<path>\S+\.md)\s*$", re.M)
INDEX_HEADERS = {
    "en": ("Page", "Notebook", "Download"),
    "ko": ("페이지", "노트북", "내려받기"),
}
INDEX_LINKS = {"en": "read it here", "ko": "여기서 보기"}


def notebook_pages(docs: Path = DOCS, config: Path = ROOT / "mkdocs.yml") -> list[Path]:
    """English pages with a notebook: each page under NOTEBOOK_SECTIONS, other than an
    index page, that includes a snippet, in the navigation's order (pages it does not
    list come last, by path)."""
    listed = [m["path"] for m in NAV_PAGE.finditer(config.read_text("utf-8"))]
    order = {path: number for number, path in enumerate(listed)}
    found = [
        page
        for page in pages.all_pages(docs)
        if not pages.is_korean(page)
        and page.relative_to(docs).parts[0] in NOTEBOOK_SECTIONS
        # An index page is its folder's URL, and the layer index's snippet is a record
        # (the list of classes), not a lesson to run.
        and page.name != "index.md"
        if any(inc.kind == "code" for inc in pages.includes(page))
    ]

    def place(page: Path) -> tuple[int, str]:
        where = page.relative_to(docs).as_posix()
        return order.get(where, len(order)), where

    return sorted(found, key=place)


def index_table(language: str, docs: Path = DOCS, config: Path = ROOT / "mkdocs.yml") -> str:
    """The notebooks page's table: each page with a notebook, read on the site or downloaded.

    The table sits on docs/notebooks.md (notebooks.ko.md): links are relative to it."""
    rows = [f"| {' | '.join(INDEX_HEADERS[language])} |", "| --- | --- | --- |"]
    for english in notebook_pages(docs, config):
        page = pages.twin(english) if language == "ko" else english
        where = english.relative_to(docs).with_suffix("").as_posix()
        title = pages.title(page) or where
        name = download_name(page)
        rows.append(
            f"| [{title}]({where}.md) | [{INDEX_LINKS[language]}]({where}/notebook.ipynb) | "
            f'<a href="../{where}/notebook/{name}" download>{name}</a> |'
        )
    return "\n".join(rows) + "\n"


def notebook_path(page: Path) -> Path:
    """docs/layers/dense.md -> docs/layers/dense/notebook.ipynb (.ko.ipynb for Korean)."""
    stem = pages.stem(page)
    suffix = ".ko.ipynb" if pages.is_korean(page) else ".ipynb"
    return page.parent / stem / f"notebook{suffix}"


def download_name(page: Path) -> str:
    """The file a reader downloads: dense.ipynb, or dense.ko.ipynb for the Korean page."""
    stem = pages.stem(page)
    return f"{stem}.ko.ipynb" if pages.is_korean(page) else f"{stem}.ipynb"


def cells(page: Path, docs: Path = DOCS) -> list[Cell]:
    """The page as cells: prose between included code blocks, and one code cell per snippet."""
    language = pages.language(page)
    found: list[Cell] = []
    prose: list[str] = []
    shown: set[Path] = set()
    lines = _flatten_blocks(pages.lines(page))
    index = 0  # the first line not yet taken into a cell
    for block in pages.fenced(lines):
        prose += lines[index : block.start - 1]
        code = lines[block.start - 1 : block.end]
        index = block.end
        targets = [m["target"] for m in map(pages.INCLUDE.match, code) if m]
        if not targets:
            prose += code
            continue
        found.append(Cell("markdown", _markdown(prose, page, docs)))
        prose = []
        snippet = (ROOT / targets[0].split(":", 1)[0]).resolve()
        if snippet not in shown:  # a file shown twice on a page runs once in its notebook
            shown.add(snippet)
            found.append(Cell("code", "", snippet))
    prose += lines[index:]
    found.append(Cell("markdown", _markdown(prose, page, docs)))
    found = [cell for cell in found if cell.snippet or cell.source.strip()]
    _fill_code(found, page)
    title = next((i for i, c in enumerate(found) if c.kind == "markdown"), 0) + 1
    intro = INTRO[language].format(**cache.versions())
    return [*found[:title], Cell("markdown", intro), Cell("code", SETUP), *found[title:]]


def _fill_code(found: list[Cell], page: Path) -> None:
    """Snippet code without its output lines; modules other cells import are written to files."""
    on_page = [cell.snippet for cell in found if cell.snippet]
    imported: set[Path] = set()
    for position, snippet in enumerate(on_page):
        for module in _local_imports(snippet):
            if module not in on_page[:position]:
                raise NotebookError(
                    f"{display(page)}:1: {display(snippet)} imports {display(module)}, which the "
                    "page must include before it, so that its notebook runs top to bottom"
                )
            imported.add(module)
    for cell in found:
        if cell.snippet:
            code = verify.parse(cell.snippet).code.strip()
            if cell.snippet in imported:
                code = WRITEFILE.format(name=cell.snippet.name) + code
            cell.source = code


def _flatten_blocks(lines: list[str]) -> list[str]:
    """Material's tabs and admonitions as a bold title followed by their body, unindented."""
    out: list[str] = []
    inside: str | None = None  # indent of the tab or admonition whose body we are in
    for text in lines:
        if inside is not None and text.strip() and not text.startswith(inside + "    "):
            inside = None
        if inside is not None:
            text = inside + text[len(inside) + 4 :]
        block = BLOCK.match(text)
        if block:
            inside = block["indent"]
            text = f"{block['indent']}**{block['title']}**" if block["title"] else ""
        out.append(text)
    return out


@per_version
def _local_imports(snippet: Path) -> list[Path]:
    # Both languages' notebooks ask.
    return [module.resolve() for module in cache.local_imports(snippet)]


def _markdown(lines: list[str], page: Path, docs: Path) -> str:
    out: list[str] = []
    code = pages.code_lines(lines)
    for number, text in enumerate(lines, start=1):
        output = pages.OUTPUT.match(text)
        if output:
            out += localize.printed(ROOT / output["target"], pages.language(page))
        elif number in code:
            out.append(text)
        else:
            out.append(_links(_strong(_heading_id(text)), page, docs))
    return "\n".join(out).strip("\n")


def _heading_id(text: str) -> str:
    """`## Title {#id}` -> `## Title <a id="id"></a>`: the page's anchors work in the notebook."""
    return HEADING_ID.sub(r'\g<heading> <a id="\g<id>"></a>', text)


def _strong(text: str) -> str:
    """Bold CommonMark would not see, as `<strong>`: Korean particles follow `**...)**`."""
    spans = [m.span() for m in CODE_SPAN.finditer(text)]

    def replace(match: re.Match) -> str:
        if any(start <= match.start() < end for start, end in spans):
            return match[0]
        inner = match["inner"]
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        opens = not (_word(before) and _punctuation(inner[0]))
        closes = not (_word(after) and _punctuation(inner[-1]))
        return match[0] if opens and closes else f"<strong>{inner}</strong>"

    return STRONG.sub(replace, text)


def _word(char: str) -> bool:
    return bool(char) and not char.isspace() and not _punctuation(char)


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _links(text: str, page: Path, docs: Path) -> str:
    """Links to other pages, as URLs of the built site relative to the notebook's page."""
    if not LINK.search(text):
        return text
    here = pages.url(notebook_path(page), docs)

    def relative(match: re.Match) -> str:
        target = (page.parent / match["target"]).resolve()
        if not target.is_relative_to(docs.resolve()):
            return match[0]  # not a page of this site: left as written
        return f"]({pages.href(pages.url(target, docs), here)}{match['anchor'] or ''})"

    return LINK.sub(relative, text)


def notebook(found: list[Cell], language: str, outputs: list[list[dict]] | None = None):
    """An nbformat notebook from cells; `outputs` holds each code cell's outputs, in order."""
    import nbformat

    book = nbformat.v4.new_notebook()
    book.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
        "language": language,
    }
    code = iter(outputs or [])
    figures = _figures(found, outputs, language) if outputs is not None else {}
    for number, cell in enumerate(found):
        if cell.kind == "markdown":
            new = _with_figures(nbformat.v4.new_markdown_cell(cell.source), figures)
        else:
            new = nbformat.v4.new_code_cell(cell.source)
            if outputs is not None:
                shown = localize.in_language(next(code), language)
                new.outputs = [nbformat.from_dict(o) for o in shown]
                new.execution_count = sum(1 for c in found[: number + 1] if c.kind == "code")
        new.id = f"cell-{number}"  # stable ids: regenerating gives identical files
        book.cells.append(new)
    return book


def _error(cell) -> bool:
    return any(o.get("output_type") == "error" for o in cell.get("outputs", []))


def check_outputs(found: list[Cell], outputs: list[list[dict]], where: str) -> list[str]:
    """Each cell's printed text must be its snippet's `#>` lines (verify.py reads those)."""
    problems = []
    code = [cell for cell in found if cell.kind == "code"]
    for cell, cell_outputs in zip(code, outputs, strict=True):
        if cell.snippet is None:
            continue
        printed = "".join(
            "".join(o["text"]) if isinstance(o["text"], list) else o["text"]
            for o in cell_outputs
            if o["output_type"] == "stream" and o["name"] == "stdout"
        ).splitlines()
        expected = list(verify.parse(cell.snippet).printed)
        if cell.source.startswith("%%writefile"):
            expected = [f"Writing {cell.snippet.name}", *expected]
        printed, expected = _comparable(printed), _comparable(expected)
        if printed != expected:
            problems.append(_drift(cell.snippet, where, printed, expected))
    return problems


# In a kernel, TensorFlow's Python logger writes to stdout; a log line is not a print.
LOGGED = re.compile(r"^WARNING:tensorflow:")


def _comparable(lines: list[str]) -> list[str]:
    """Blank lines and trailing spaces aside: the `#>` lines record each print stripped."""
    return [line.rstrip() for line in lines if line.strip() and not LOGGED.match(line)]


def _drift(snippet: Path, where: str, printed: list[str], expected: list[str]) -> str:
    length = max(len(printed), len(expected))
    printed, expected = printed + [""] * length, expected + [""] * length
    for number, (got, want) in enumerate(zip(printed, expected, strict=True), 1):
        if got != want:
            return (
                f"{display(snippet)}:1: in the notebook {where}, output line {number} is "
                f"{got!r}, the snippet's `#>` lines say {want!r}"
            )
    return f"{display(snippet)}:1: in the notebook {where}, the output differs"


def outputs_for(found: list[Cell], where: str) -> list[list[dict]]:
    """Each code cell's outputs, from its snippet's verified run; checked against `#>`."""
    outputs = []
    for cell in (c for c in found if c.kind == "code"):
        if cell.snippet is None:
            outputs.append([])  # the setup cell shows nothing
        elif cell.source.startswith("%%writefile"):
            written = f"Writing {cell.snippet.name}\n"  # what Jupyter's magic says
            outputs.append([{"output_type": "stream", "name": "stdout", "text": written}])
        else:
            record = cache.record(cell.snippet)
            if record is None or "outputs" not in record:
                raise NotebookError(
                    f"{display(cell.snippet)}:1: has no verified run to take the outputs "
                    f"of {where} from (the build verifies every snippet first)"
                )
            outputs.append(record["outputs"])
    problems = check_outputs(found, outputs, where)
    code = [cell for cell in found if cell.kind == "code"]
    for cell, cell_outputs in zip(code, outputs, strict=True):
        if cell.snippet:  # each figure needs its Korean copy, every word translated
            problems += localize.figure_problems(display(cell.snippet), cell_outputs, True)
    if problems:
        raise NotebookError("\n".join(problems))
    return outputs


def build_all(docs: Path = DOCS, config: Path = ROOT / "mkdocs.yml"):
    """Write every page's notebooks (both languages) and figures, from verified outputs.

    Returns (notebooks written or unchanged, failure messages).
    """
    try:
        jobs = [(page, cells(page, docs), cells(pages.twin(page), docs)) for page in
                notebook_pages(docs, config)]  # fmt: skip
    except NotebookError as exc:
        return [], [str(exc)]
    results = [_write_pair(*job, docs) for job in jobs]
    written = [path for paths, _ in results for path in paths]
    failures = [problem for _, problems in results for problem in problems]
    return written, failures


def _write_pair(page: Path, english: list[Cell], korean: list[Cell], docs: Path):
    written, problems = [], []
    for source, found, language in ((page, english, "en"), (pages.twin(page), korean, "ko")):
        target = notebook_path(source)
        try:
            outputs = outputs_for(found, display(target))
        except NotebookError as exc:
            problems.append(str(exc))
            break
        _write(target, notebook_json(found, language, outputs))
        written.append(target)
        _write_figures(found, outputs, target.parent, language)
    return written, problems


def notebook_json(found: list[Cell], language: str, outputs: list[list[dict]]) -> str:
    import nbformat

    return nbformat.writes(notebook(found, language, outputs)) + "\n"


def figure_name(snippet: Path, number: int) -> str:
    """The n-th image a snippet's cell shows, as a file next to the notebooks."""
    return f"{snippet.stem}-{number}.png"


def _figures(found: list[Cell], outputs: list[list[dict]], language: str) -> dict[str, str]:
    """Each image a cell shows in `language`, base64 PNG, by its file name (train-1.png)."""
    figures = {}
    code = [cell for cell in found if cell.kind == "code"]
    for cell, cell_outputs in zip(code, outputs, strict=True):
        shown = localize.in_language(cell_outputs, language)
        images = [o["data"]["image/png"] for o in shown if "image/png" in o.get("data", {})]
        for number, image in enumerate(images, 1):
            figures[figure_name(cell.snippet, number)] = image
    return figures


def _with_figures(cell, figures: dict[str, str]):
    """The page's images of cell outputs, as attachments: shown on the site and offline."""

    def attach(match: re.Match) -> str:
        name = Path(match["target"]).name
        if name not in figures:
            return match[0]
        cell.setdefault("attachments", {})[name] = {"image/png": figures[name]}
        return f"![{match['alt']}](attachment:{name})"

    cell.source = IMAGE.sub(attach, cell.source)
    return cell


def _write_figures(found: list[Cell], outputs: list[list[dict]], folder: Path, language: str):
    # One file per language: mkdocs-static-i18n gives a Korean page only `.ko` assets.
    for name, image in _figures(found, outputs, language).items():
        file = name.removesuffix(".png") + ".ko.png" if language == "ko" else name
        _write(folder / file, base64.b64decode(image))


def _write(path: Path, content: str | bytes) -> None:
    """Write only a change, so `mkdocs serve` does not see its own output as an edit."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
