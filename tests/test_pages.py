"""Structure rules between pages and snippets, on the real tree and on broken copies."""

from pathlib import Path

import pytest

from docs_tools import verify
from docs_tools.content import glossary, pages
from docs_tools.site.markdown import stamp_snippet_blocks


def test_real_site_has_no_structure_problems():
    problems = pages.problems()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_include_in_the_real_pages_resolves():
    for page in pages.all_pages():
        for inc in pages.includes(page):
            assert inc.file.is_file(), inc.where


def make_tree(tmp_path: Path, english: str, korean: str | None, snippets: dict[str, str]) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text(english)
    if korean is not None:
        (docs / "page.ko.md").write_text(korean)
    for name, text in snippets.items():
        path = tmp_path / "snippets" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return docs


def problems_in(tmp_path, english, korean, snippets=None, monkeypatch=None):
    docs = make_tree(tmp_path, english, korean, snippets or {})
    # Includes are resolved from the project root; point it at the temporary tree.
    monkeypatch.setattr(pages, "ROOT", tmp_path)
    return pages.problems(docs, tmp_path / "snippets")


def test_missing_korean_page_is_named(tmp_path, monkeypatch):
    found = problems_in(tmp_path, "# Page\n", None, monkeypatch=monkeypatch)
    assert found == [f"{tmp_path}/docs/page.md:1: has no Korean page {tmp_path}/docs/page.ko.md"]


def test_missing_english_page_is_named(tmp_path, monkeypatch):
    docs = make_tree(tmp_path, "# Page\n", None, {})
    (docs / "page.md").rename(docs / "other.ko.md")
    monkeypatch.setattr(pages, "ROOT", tmp_path)
    assert pages.problems(docs, tmp_path / "snippets") == [
        f"{docs}/other.ko.md:1: has no English page {docs}/other.md"
    ]


INCLUDE = '```python\n--8<-- "{}"\n```\n'


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("snippets/missing.py", "includes snippets/missing.py, which does not exist"),
        (
            "snippets/a.py:nope",
            "includes section 'nope' of snippets/a.py, which has no such section",
        ),
        ("snippets/a.py:2:3", "includes snippets/a.py:2:3 by line numbers; use a named section"),
        ("README.md", "includes README.md; pages include only snippets/**/*.py files"),
    ],
)
def test_bad_include_is_named_with_page_and_line(tmp_path, monkeypatch, target, message):
    text = "# Page\n\n" + INCLUDE.format(target) + INCLUDE.format("snippets/a.py")
    found = problems_in(tmp_path, text, text, {"a.py": "print(1)\n#> 1\n"}, monkeypatch)
    assert f"{tmp_path}/docs/page.md:4: {message}" in found
    assert f"{tmp_path}/docs/page.ko.md:4: {message}" in found


def test_named_section_is_accepted(tmp_path, monkeypatch):
    snippet = "# --8<-- [start:core]\nprint(1)\n#> 1\n# --8<-- [end:core]\n"
    text = INCLUDE.format("snippets/a.py:core")
    assert problems_in(tmp_path, text, text, {"a.py": snippet}, monkeypatch) == []


def test_languages_must_include_the_same_snippets(tmp_path, monkeypatch):
    english = INCLUDE.format("snippets/a.py") + INCLUDE.format("snippets/b.py")
    korean = INCLUDE.format("snippets/a.py")
    found = problems_in(tmp_path, english, korean, {"a.py": "", "b.py": ""}, monkeypatch)
    docs = tmp_path / "docs"
    assert found == [f"{docs}/page.md:5: includes snippets/b.py, but {docs}/page.ko.md does not"]


def test_snippet_no_page_includes_is_named(tmp_path, monkeypatch):
    text = INCLUDE.format("snippets/a.py")
    found = problems_in(tmp_path, text, text, {"a.py": "", "orphan.py": ""}, monkeypatch)
    assert found == [f"{tmp_path}/snippets/orphan.py:1: is not included by any page"]


def test_code_block_with_snippet_gets_title_and_versions():
    markdown = 'Text\n\n    ```python\n    --8<-- "snippets/layers/x.py"\n    ```\nAfter\n'
    out = stamp_snippet_blocks(markdown, "ko").splitlines()
    assert out[2] == '    ```python title="layers/x.py"'
    assert out[5] == ""
    assert out[6].startswith("    TensorFlow ")
    assert "Keras " in out[6]
    assert out[7] == "    {: .snippet-verified }"  # a paragraph's class, inside the block too
    assert out[-1] == "After"


def test_code_block_without_snippet_is_left_alone():
    markdown = "```bash\npip install -r requirements.txt\n```\n"
    assert stamp_snippet_blocks(markdown, "en") == markdown


def test_glossary_links_resolve_in_both_languages():
    for korean in (False, True):
        table = glossary.table(korean=korean)
        assert len(table.splitlines()) == len(glossary.load()) + 2


def test_glossary_reference_to_missing_heading_names_the_line(tmp_path):
    data = tmp_path / "glossary.yml"
    data.write_text("- ko: 커널\n  en: kernel\n  page: layers/dense.md\n  anchor: nowhere\n")
    with pytest.raises(glossary.GlossaryError, match=r"glossary.yml:1: .*dense.md has no heading"):
        glossary.table(korean=False, path=data)


@pytest.mark.parametrize(
    "text", ["--8<--\nsnippets/a.py\n--8<--\n", 'See --8<-- "snippets/a.py" here\n']
)
def test_include_forms_the_gate_cannot_see_are_rejected(tmp_path, monkeypatch, text):
    found = problems_in(tmp_path, text, text, {}, monkeypatch)
    expected = f"{tmp_path}/docs/page.md:1: write each include on its own line as"
    assert any(line.startswith(expected) for line in found), found


def test_escaped_include_is_plain_text(tmp_path, monkeypatch):
    text = ';--8<-- "snippets/a.py"\n'
    assert problems_in(tmp_path, text, text, {}, monkeypatch) == []


def test_section_include_is_titled_with_its_section():
    markdown = '```python\n--8<-- "snippets/layers/x.py:model"\n```\n'
    assert (
        stamp_snippet_blocks(markdown, "en").splitlines()[0]
        == '```python title="layers/x.py › model"'
    )


def test_output_marker_is_replaced_by_the_snippets_verified_output(tmp_path, monkeypatch):
    from docs_tools.site import markdown as page_markdown

    snippet = tmp_path / "snippets" / "grid.py"
    snippet.parent.mkdir()
    snippet.write_text(
        "for n in (1, 2):\n    print(f'| {n} | {n * n} |')\n    #> | 1 | 1 |\n    #> | 2 | 4 |\n"
    )
    monkeypatch.setattr(page_markdown, "ROOT", tmp_path)
    markdown = "| n | n² |\n| --- | --- |\n<!-- output: snippets/grid.py -->\nAfter\n"
    out = page_markdown.insert_outputs(markdown, "en").splitlines()
    assert out[:4] == ["| n | n² |", "| --- | --- |", "| 1 | 1 |", "| 2 | 4 |"]
    assert out[5].startswith("Printed by <code>grid.py</code>")
    assert out[6] == "{: .snippet-verified }"
    assert out[-1] == "After"


def test_output_marker_counts_as_an_include(tmp_path, monkeypatch):
    english = "<!-- output: snippets/a.py -->\n"
    found = problems_in(tmp_path, english, "# 한국어\n", {"a.py": ""}, monkeypatch)
    docs = tmp_path / "docs"
    assert found == [
        f"{docs}/page.md:1: shows the output of snippets/a.py, but {docs}/page.ko.md does not"
    ]


def test_every_python_block_on_a_page_is_an_included_snippet():
    pasted = []
    for page in pages.all_pages():
        lines = page.read_text("utf-8").splitlines()
        for number, text in enumerate(lines, start=1):
            opening = text.strip().startswith("```py")
            if opening and (number == len(lines) or not pages.INCLUDE.match(lines[number])):
                pasted.append(f"{page}:{number}: Python code pasted into a page; include a snippet")
    if pasted:
        pytest.fail("\n".join(pasted), pytrace=False)


FENCED = """prose
````markdown
```python
inner
```
````
~~~
never closed by a shorter or other fence
```
~~
"""


def test_a_block_closes_only_on_its_own_fence_at_least_as_long():
    blocks = pages.fenced(FENCED.splitlines())
    assert [(b.start, b.end, b.closed) for b in blocks] == [(2, 6, True), (7, 10, False)]
    # Lines inside blocks are not prose, wherever a check reads a page.
    assert pages.code_lines(FENCED.splitlines()) == frozenset(range(2, 11))


def test_a_page_and_a_snippet_are_parsed_again_once_edited(tmp_path):
    page, snippet = tmp_path / "page.md", tmp_path / "code.py"
    page.write_text('# Old\n\n--8<-- "snippets/a.py"\n')
    snippet.write_text("print(1)\n#> 1\n")
    assert (pages.parse(page).title, len(pages.parse(page).includes)) == ("Old", 1)
    assert pages.parse(page) is pages.parse(page)  # read once per version of the file
    assert (verify.parse(snippet).code, verify.parse(snippet).printed) == ("print(1)\n", ("1",))
    page.write_text("# New title\n\nNo include.\n")
    snippet.write_text("# --8<-- [start:x]\nprint(22)\n# --8<-- [end:x]\n#> 22\n")
    assert (pages.parse(page).title, pages.parse(page).includes) == ("New title", ())
    assert verify.parse(snippet).printed == ("22",)
    assert verify.parse(snippet).sections == {"x"}
