"""The notebooks on the site: rendered in both languages, linked and downloadable.

That MkDocs renders them at all in both languages rests on two quirks in
docs_tools/upstream.py (notebooks_as_pages, share_rendering_cache).
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from markdown.extensions.toc import unique
from mkdocs.structure.toc import TableOfContents, get_toc

from docs_tools import notebooks
from docs_tools.content import pages
from docs_tools.site import build, math

LINKS = {
    "en": ("This page as a notebook", "read it here", "download it"),
    "ko": ("이 페이지를 노트북으로", "여기서 보기", "내려받기"),
}
ON_NOTEBOOK = {
    "en": ("Download this notebook", "Back to the page"),
    "ko": ("이 노트북 내려받기", "페이지로 돌아가기"),
}
# nbconvert's template loads Mermaid from a CDN and MathJax from mkdocs-jupyter's URL
# (empty here: `<script src="">`); the site loads nothing from another host and turns
# the notebooks' math into MathML at build time (math.dollars_to_mathml).
MATHJAX = re.compile(
    r"<!-- Load mathjax -->\s*<script[^>]*>\s*</script>\s*<!-- MathJax configuration -->\s*"
    r'<script type="text/x-mathjax-config">.*?</script>'
    r"(?:\s*<!-- End of mathjax configuration -->)?",
    re.S,
)
REMOTE_SCRIPT = re.compile(r'<script[^>]*\bsrc="https?://[^"]*"[^>]*>\s*</script>', re.S)
REMOTE_SCRIPT_BLOCK = re.compile(
    r"<script[^>]*>(?:(?!</script>).)*https?://cdn(?:(?!</script>).)*</script>", re.S
)


def is_notebook(page) -> bool:
    return page.file.src_uri.endswith(".ipynb")


def has_notebook(source: Path) -> bool:
    return notebooks.notebook_path(source).exists()


def link_block(source: Path, lang: str) -> str:
    """Under a page's title: read its notebook on the site, or download the .ipynb file."""
    title, read, download = LINKS[lang]
    folder = notebooks.notebook_path(source).parent.name
    href = f"notebook/{notebooks.download_name(source)}"  # from the page's URL, .../dense/
    return (
        f'!!! note "{title}"\n\n'
        f"    [{read}]({folder}/notebook.ipynb) · "
        f'<a href="{href}" download class="notebook-download">{download}</a>\n'
    )


def add_links(markdown: str, source: Path, lang: str) -> str:
    """Insert the notebook links after the page's first heading."""
    if not has_notebook(source):
        return markdown
    lines = markdown.splitlines()
    title = next((i for i, line in enumerate(lines) if line.startswith("# ")), -1)
    lines[title + 1 : title + 1] = ["", link_block(source, lang)]
    return "\n".join(lines) + "\n"


def notebook_content(page_html: str, page, slugify) -> str:
    """A rendered notebook: the page's anchors and table of contents, math as MathML,
    no remote scripts, and a download link and a way back on top."""
    page_html = MATHJAX.sub("", page_html)
    page_html = REMOTE_SCRIPT.sub("", page_html)
    page_html = REMOTE_SCRIPT_BLOCK.sub("", page_html)
    page_html, page.toc = headings(page_html, slugify)
    page_html = math.dollars_to_mathml(page_html)
    page_html = SCROLLING.sub(r'\g<0> tabindex="0"', page_html)
    page_html = share_copy_icon(page_html)
    download, back = ON_NOTEBOOK[build.language(page)]
    name = notebooks.download_name(page_source(page))
    top = (
        f'<p class="notebook-links"><a href="{html.escape(name)}" download '
        f'class="notebook-download">{download}</a> · <a href="../">{back}</a></p>'
    )
    return top + page_html


# mkdocs-jupyter draws the same copy icon, an SVG of about 700 bytes, in every code cell.
COPY_ICON = re.compile(r'<svg\b[^>]*\bclass="clipboard-copy-icon"[^>]*>(?P<paths>.*?)</svg>', re.S)
COPY_SYMBOL = "clipboard-copy-icon"


def share_copy_icon(page_html: str) -> str:
    """Draw the copy icon once, as a symbol each cell's button uses: a notebook page with
    20 cells carried 15 KB of the same two paths."""
    icons = {match["paths"] for match in COPY_ICON.finditer(page_html)}
    if len(icons) != 1:
        return page_html  # none, or icons that differ: leave them as they are
    use = (
        f'<svg aria-hidden="true" class="clipboard-copy-icon" width="20" height="20">'
        f'<use href="#{COPY_SYMBOL}"></use></svg>'
    )
    sprite = (
        f'<svg hidden aria-hidden="true"><symbol id="{COPY_SYMBOL}" viewBox="0 0 16 16">'
        f"{icons.pop()}</symbol></svg>"
    )
    return sprite + COPY_ICON.sub(use, page_html)


# A code cell scrolls sideways inside itself on a phone; the keyboard must reach it too.
SCROLLING = re.compile(r'<div class="highlight-ipynb[^"]*"(?![^>]*tabindex)')

# nbconvert's heading: its id from a slug that drops Hangul and code, then a "¶" link.
HEADING = re.compile(r'<h(?P<level>[1-6]) id="[^"]*">(?P<inner>.*?)</h(?P=level)>', re.S)
ANCHOR_LINK = re.compile(r'<a class="anchor-link" href="[^"]*">¶</a>')
EXPLICIT_ID = re.compile(r'\s*<a id="(?P<id>[\w-]+)"\s*(?:/>|></a>)')  # notebooks._heading_id
TAG = re.compile(r"<[^>]+>")


def headings(page_html: str, slugify) -> tuple[str, TableOfContents]:
    """Give headings the ids the page's own headings have (its `{#id}`, else the site's
    slug, made unique), and the table of contents that links to exactly those ids."""
    used: set[str] = set()
    tokens: list[dict] = []

    def replace(match: re.Match) -> str:
        inner = ANCHOR_LINK.sub("", match["inner"])
        explicit = EXPLICIT_ID.search(inner)
        inner = EXPLICIT_ID.sub("", inner)
        name = TAG.sub("", inner).strip()
        slug = explicit["id"] if explicit else slugify(html.unescape(name), "-")
        anchor = unique(slug, used)
        level = int(match["level"])
        tokens.append({"level": level, "id": anchor, "name": name, "children": []})
        link = f'<a class="anchor-link" href="#{anchor}">¶</a>'
        return f'<h{level} id="{anchor}">{inner}{link}</h{level}>'

    page_html = HEADING.sub(replace, page_html)
    return page_html, get_toc(_nest(tokens))


def _nest(tokens: list[dict]) -> list[dict]:
    """Flat headings in order -> Markdown's toc_tokens tree (each under the last higher one)."""
    root: list[dict] = []
    open_: list[dict] = []
    for token in tokens:
        while open_ and open_[-1]["level"] >= token["level"]:
            open_.pop()
        (open_[-1]["children"] if open_ else root).append(token)
        open_.append(token)
    return root


def page_source(page) -> Path:
    """docs/layers/dense/notebook.ko.ipynb -> docs/layers/dense.ko.md"""
    notebook = Path(page.file.abs_src_path)
    suffix = pages.KOREAN_SUFFIX if pages.is_korean(notebook) else ".md"
    return notebook.parent.parent / f"{notebook.parent.name}{suffix}"


def copy_download(page) -> None:
    """Put the .ipynb file next to its rendered page, under the name the links use."""
    target = Path(page.file.abs_dest_path).parent / notebooks.download_name(page_source(page))
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(page.file.abs_src_path, target)
