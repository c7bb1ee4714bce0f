"""Notebooks made from the pages: their cells, their runs, and how the site serves them.

The `built` fixture's build writes every notebook with the outputs of the test run's one
verification of its snippets (no kernel); these tests read what it wrote and rendered.
One notebook, the worked example, is downloaded and run in a kernel as a reader would.
"""

import re
import tempfile
from pathlib import Path

import nbformat
import pytest
from conftest import HAND_EDITED

from docs_tools import notebooks, verify
from docs_tools.content import pages
from docs_tools.paths import DOCS, ROOT
from docs_tools.site import notebook_styles

PAGES = notebooks.notebook_pages()
IDS = [p.relative_to(DOCS).with_suffix("").as_posix() for p in PAGES]
DIGITS = DOCS / "training/digits.md"


def site_dir(page: Path, korean: bool) -> str:
    """docs/layers/dense.md -> layers/dense (ko/layers/dense): the page's folder in the site."""
    return ("ko/" if korean else "") + page.relative_to(DOCS).with_suffix("").as_posix()


def test_every_page_with_snippets_has_its_notebook():
    sections = ("layers", "preprocessing", "models", "training", "reference")
    content = [
        page
        for page in pages.all_pages()
        if page.relative_to(DOCS).parts[0] in sections and not pages.is_korean(page)
        if page.name != "index.md"  # the layer index: a table and the record of the classes
        if any(inc.kind == "code" for inc in pages.includes(page))
    ]
    assert content and sorted(PAGES) == sorted(content)


def test_the_navigation_lists_the_notebooks_page_instead_of_each_notebook():
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    nav = config[config.index("\nnav:") :]
    assert "- Notebooks: notebooks.md" in nav
    assert "notebook.ipynb" not in nav


def test_the_notebooks_page_links_every_notebook_in_both_languages():
    for language in ("en", "ko"):
        rows = notebooks.index_table(language).splitlines()[2:]
        assert len(rows) == len(PAGES)
        for page, row in zip(PAGES, rows, strict=True):
            where = page.relative_to(DOCS).with_suffix("").as_posix()
            assert f"]({where}.md)" in row
            assert f"]({where}/notebook.ipynb)" in row
            name = notebooks.download_name(pages.twin(page) if language == "ko" else page)
            assert f'href="../{where}/notebook/{name}" download' in row


def test_notebooks_follow_the_navigation_order(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("nav:\n  - Dropout: layers/dropout.md\n  - Dense: layers/dense.md\n")
    found = notebooks.notebook_pages(DOCS, config)
    assert found[:2] == [DOCS / "layers/dropout.md", DOCS / "layers/dense.md"]
    assert len(found) == len(PAGES)


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_code_cells_are_the_snippets_and_the_same_in_both_languages(page):
    english, korean = notebooks.cells(page), notebooks.cells(pages.twin(page))
    code = [cell for cell in english if cell.kind == "code"]
    assert code[0].source == notebooks.SETUP
    included = {inc.file.resolve() for inc in pages.includes(page) if inc.kind == "code"}
    assert {cell.snippet for cell in code[1:]} == included
    for cell in code[1:]:
        source = verify.code_without_output(cell.snippet.read_text("utf-8")).strip()
        assert cell.source.removeprefix(f"%%writefile {cell.snippet.name}\n") == source
    assert [c.source for c in korean if c.kind == "code"] == [c.source for c in code]
    prose = "\n".join(cell.source for cell in english + korean if cell.kind == "markdown")
    assert not re.search(r"--8<--|\{#[\w-]+\}|^\s*(===|\?\?\?|!!!)|<!-- output:", prose, re.M)


def test_modules_other_cells_import_are_written_to_files_first():
    code = [cell for cell in notebooks.cells(DIGITS) if cell.kind == "code"]
    written = [cell for cell in code if cell.source.startswith("%%writefile")]
    names = [cell.source.splitlines()[0] for cell in written]
    assert names == [f"%%writefile digits_{name}.py" for name in ("data", "model", "plots")]
    # model_summary.py imports the first two, train.py all three: each comes after its modules.
    order = [cell.snippet.name for cell in code[1:]]
    assert order.index("model_summary.py") > order.index("digits_model.py")
    assert order[-1] == "train.py"


def test_a_module_included_after_the_snippet_that_imports_it_is_refused(tmp_path):
    page = tmp_path / "digits.md"
    text = (
        DIGITS.read_text().replace('--8<-- "snippets/training/digits/digits_data.py"', "", 1)
        + '\n```python\n--8<-- "snippets/training/digits/digits_data.py"\n```\n'
    )
    page.write_text(text)
    with pytest.raises(notebooks.NotebookError, match="imports snippets/training/digits/digits_da"):
        notebooks.cells(page, tmp_path)


def test_output_that_differs_from_the_hash_gt_lines_is_reported():
    page = DOCS / "layers/dense.md"
    found = notebooks.cells(page)
    formula = next(c for c in found if c.snippet and c.snippet.name == "formula.py")
    expected = verify.printed_output(formula.snippet.read_text())
    outputs = [[] for cell in found if cell.kind == "code"]
    index = [c for c in found if c.kind == "code"].index(formula)
    outputs[index] = [{"output_type": "stream", "name": "stdout", "text": "\n".join(expected)}]
    problems = notebooks.check_outputs(found, outputs, "x.ipynb")
    assert not any("formula.py" in p for p in problems)  # the right text passes
    outputs[index][0]["text"] = outputs[index][0]["text"].replace("True", "False")
    problems = notebooks.check_outputs(found, outputs, "x.ipynb")
    assert any(
        p.startswith("snippets/layers/dense/formula.py:1: in the notebook x.ipynb, output line")
        and "'False'" in p
        and "'True'" in p
        for p in problems
    ), problems


def test_a_cell_whose_snippet_has_no_verified_run_fails_naming_it(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCS_CACHE_DIR", str(tmp_path))  # an empty cache: nothing verified
    found = notebooks.cells(DOCS / "layers/dense.md")
    with pytest.raises(notebooks.NotebookError) as error:
        notebooks.outputs_for(found, "x.ipynb")
    first = next(cell.snippet for cell in found if cell.snippet)
    assert str(error.value).startswith(f"{first.relative_to(ROOT)}:1: has no verified run")


def test_builds_write_notebooks_from_verified_runs_without_a_kernel(built, edited):
    for result in (built[2], edited[1]):  # the first build, and a rebuild after edits
        line = f"Notebooks: {2 * len(PAGES)} written, outputs from the verified runs"
        assert line in result.stderr
        assert "kernel" not in result.stderr.lower()


def test_a_cell_shows_what_its_snippet_showed_when_verified(built):
    """Printed text in order, and a figure as the PNG the snippet drew."""
    root = built[0]
    book = nbformat.read(root / "docs/training/digits/notebook.ipynb", as_version=4)
    train = next(c for c in book.cells if c.cell_type == "code" and "fit(" in c.source)
    kinds = [o.output_type for o in train.outputs]
    assert kinds.count("display_data") == 2 and "stream" in kinds
    for output in train.outputs:
        if output.output_type == "display_data":
            assert output.data["image/png"].startswith("iVBORw0KGgo")  # base64 of a PNG


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_published_notebooks_hold_checked_outputs_and_no_errors(built, page):
    root = built[0]
    for korean in (False, True):
        name = notebooks.download_name(pages.twin(page) if korean else page)
        download = f"{site_dir(page, korean)}/notebook/{name}"
        book = nbformat.read(root / "site" / download, as_version=4)
        assert book.metadata["language"] == ("ko" if korean else "en")
        outputs = [c.outputs for c in book.cells if c.cell_type == "code"]
        assert not any(o.output_type == "error" for cell in outputs for o in cell)
        # The same check the build ran, on what the site serves.
        found = notebooks.cells(root / "docs" / page.relative_to(DOCS), root / "docs")
        assert notebooks.check_outputs(found, outputs, download) == []


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_notebooks_are_rendered_pages_in_both_languages_linked_from_their_page(built, page):
    site = built[0] / "site"
    for korean in (False, True):
        folder = site / site_dir(page, korean)
        html = (folder / "notebook/index.html").read_text()
        assert html.lstrip().startswith("<!doctype html>")
        assert f'<html lang="{"ko" if korean else "en"}"' in html
        assert html.count("jp-CodeCell") >= 2  # cells, not the notebook's JSON
        name = notebooks.download_name(pages.twin(page) if korean else page)
        assert f'href="{name}" download' in html
        text = (folder / "index.html").read_text()
        assert '<a href="notebook/">' in text
        assert f'href="notebook/{name}" download' in text
        assert (folder / "notebook" / name).is_file()


def test_rendered_notebooks_show_math_and_bold_as_their_page_does(built):
    site = built[0] / "site"
    for folder in ("layers/dense", "ko/layers/dense"):
        page = (site / folder / "index.html").read_text()
        book = (site / folder / "notebook/index.html").read_text()
        prose = re.sub(r"<(pre|code|script|style)\b.*?</\1>", "", book, flags=re.S)
        assert "$" not in prose and "**" not in prose, folder
        assert book.count("<math") == page.count("<math")
    book = (site / "ko/layers/dense/notebook/index.html").read_text()
    assert "<strong>함수형 API(Functional API)</strong>로" in book


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**함수형 API(Functional API)**로", "<strong>함수형 API(Functional API)</strong>로"),
        ("a **b** c, **(d)** e", "a **b** c, **(d)** e"),  # CommonMark reads these
        ("`**x(y)**로`", "`**x(y)**로`"),  # code
        ("## 인자 {#arguments}", '## 인자 <a id="arguments"></a>'),
    ],
)
def test_notebook_markdown_keeps_what_commonmark_would_lose(text, expected):
    assert notebooks._markdown([text], DOCS / "index.md", DOCS) == expected


def test_worked_example_shows_its_plots_in_both_languages(built):
    site = built[0] / "site"
    for folder in ("training/digits", "ko/training/digits"):
        html = (site / folder / "index.html").read_text()
        for name in ("train-1.png", "train-2.png"):
            assert f'src="{name}"' in html
            assert (site / folder / name).read_bytes().startswith(b"\x89PNG")


def test_a_hand_edited_notebook_is_rewritten_by_the_next_build(built, edited):
    root, result = edited  # its last cell edited by hand before the build (conftest.py)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (root / HAND_EDITED).read_text() == (built[0] / HAND_EDITED).read_text()
    written = root / "site/layers/convolution/notebook/convolution.ipynb"
    assert "edited by hand" not in written.read_text()


def test_downloaded_notebook_runs_top_to_bottom_in_a_fresh_kernel(built):
    """What a reader does: download the worked example and run it with the pinned packages."""
    import nbclient

    download = built[0] / "site/ko/training/digits/notebook/digits.ko.ipynb"
    book = nbformat.read(download, as_version=4)
    shown = [c.outputs for c in book.cells if c.cell_type == "code"]
    for cell in book.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    with tempfile.TemporaryDirectory() as folder:
        nbclient.NotebookClient(
            book, timeout=300, allow_errors=False, resources={"metadata": {"path": folder}}
        ).execute()
    ran = [c.outputs for c in book.cells if c.cell_type == "code"]
    found = notebooks.cells(DIGITS.with_name("digits.ko.md"))
    assert notebooks.check_outputs(found, ran, "digits.ko.ipynb") == []
    assert [_images(o) for o in ran] == [_images(o) for o in shown]


def _images(outputs) -> int:
    return sum(1 for o in outputs if "image/png" in o.get("data", {}))


def test_notebook_pages_share_one_stylesheet_instead_of_inline_styles(built):
    site = built[0] / "site"
    sheet = site / notebook_styles.TARGET
    for page in PAGES:
        for korean in (False, True):
            html = (site / site_dir(page, korean) / "notebook/index.html").read_text()
            assert "<style" not in html
            assert re.search(
                r'<link rel="stylesheet" href="[./]*assets/stylesheets/notebook\.css"', html
            )
            images = sum(len(m) for m in re.findall(r"data:image/png;base64,[^\"')]*", html))
            assert len(html) - images < 200_000, (page, korean, len(html))  # was about 680 KB
    css = sheet.read_text()
    assert ".jp-CodeCell" in css and ".highlight-ipynb" in css
    assert ".jp-Dialog" not in css  # JupyterLab's dialogs: no notebook page has one


def test_pruning_keeps_what_a_page_can_use():
    css = (
        ".a{color:red} .b{color:blue} .a .b{x:1} .a,.b{y:2} p{z:3} :root{--v:1}"
        " .a:not(.b){w:4} @media (max-width:1px){.b{q:1} .a{q:2}} :is(.a, .b) span{r:5}"
    )
    assert notebook_styles.prune(css, {"a"}) == (
        ".a{color:red}\n.a{y:2}\np{z:3}\n:root{--v:1}\n.a:not(.b){w:4}\n"
        "@media (max-width:1px){.a{q:2}}\n:is(.a, .b) span{r:5}"
    )


def test_a_long_printed_line_reads_the_same_in_the_snippet_and_the_notebook(tmp_path):
    # pytest-examples wrote a long print one argument a line, non-strings reformatted:
    # the notebook, which shows the real text, then disagreed with the `#>` block.
    path = tmp_path / "long.py"
    path.write_text(
        "try:\n"
        "    raise ValueError('a long message ' * 8)\n"
        "except ValueError as e:\n"
        "    print(type(e).__name__, e)\n"
        "print([list(range(20)), list(range(20, 40))])\n"
    )
    verify.update(path)
    assert path.read_text().count("'''") == 4  # both prints are long: quoted blocks
    shown = verify.check(path)["outputs"]
    cell = notebooks.Cell("code", verify.code_without_output(path.read_text()), path)
    assert notebooks.check_outputs([cell], [shown], "x.ipynb") == []
    assert verify.printed_output(path.read_text())[0].startswith("ValueError a long message")
