"""Pages, their snippet includes, and the structure rules that tie them together.

Rules: every page exists in English (`x.md`) and Korean (`x.ko.md`); both include
the same snippets; every snippet is included somewhere; an include names a real
file under `snippets/` and, for part of a file, a named section that exists.

Two kinds of include: a code block (`--8<-- "snippets/x.py"`, pymdownx.snippets) and
a snippet's verified output placed into the page as Markdown, e.g. the rows of a
table (`<!-- output: snippets/x.py -->`, replaced by the build hook).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docs_tools import verify
from docs_tools.paths import DOCS, ROOT, SNIPPETS, display, per_version

KOREAN_SUFFIX = ".ko.md"
# A code fence line (``` or ~~~, three or more), possibly indented, with its info string.
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
# A page's title line, without an attribute list such as `{#about}`.
TITLE = re.compile(r"^#\s+(?P<text>.+?)(\s*\{.*\})?\s*$")
# pymdownx.snippets' single-line include, possibly indented inside tabs or admonitions.
INCLUDE = re.compile(r"""^\s*-{1,}8<-{1,}\s+(["']?)(?P<target>[^"'\s]+)\1\s*$""")
SCISSORS = re.compile(r"-{1,}8<-{1,}")
LINE_RANGE = re.compile(r":-?\d")
OUTPUT = re.compile(r"^\s*<!--\s*output:\s*(?P<target>\S+?)\s*-->\s*$")
# A diagram of the model a snippet builds, drawn by the build hook (docs_tools/site/diagrams.py).
DIAGRAM = re.compile(r"^\s*<!--\s*diagram:\s*(?P<target>\S+?)\s*-->\s*$")


@dataclass(frozen=True)
class Include:
    page: Path
    line: int
    target: str  # as written, e.g. "snippets/layers/dense/seed_model.py:model"
    kind: str = "code"  # or "output", or "diagram"

    @property
    def file(self) -> Path:
        return ROOT / self.target.split(":", 1)[0]

    @property
    def section(self) -> str | None:
        parts = self.target.split(":", 1)
        return parts[1] if len(parts) == 2 and not LINE_RANGE.match(":" + parts[1]) else None

    @property
    def where(self) -> str:
        return f"{display(self.page)}:{self.line}"


@dataclass(frozen=True)
class Fenced:
    """A fenced code block: the line numbers (from 1) of its opening and closing fences."""

    start: int
    end: int
    opening: re.Match  # FENCE's match of the opening line: indent, fence, info
    closed: bool  # False: no line closes it, and it runs to the last line


def closes(text: str, fence: str) -> bool:
    """Does this line close a block opened by `fence` (same character, at least as long,
    no info string)?"""
    match = FENCE.match(text)
    return bool(match and match["fence"].startswith(fence) and not match["info"].strip())


def fenced(lines: Sequence[str]) -> list[Fenced]:
    """The fenced code blocks among these lines, each from its opening fence to the line
    that closes it (or the last line): the one code-fence finder of the project."""
    found, index = [], 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not closes(lines[end], opening["fence"]):
            end += 1
        closed = end < len(lines)
        found.append(Fenced(index + 1, end + 1 if closed else len(lines), opening, closed))
        index = end + 1
    return found


def code_lines(lines: Sequence[str]) -> frozenset[int]:
    """The numbers (from 1) of the lines in fenced code blocks, fences included."""
    return frozenset(n for block in fenced(lines) for n in range(block.start, block.end + 1))


@dataclass(frozen=True)
class Page:
    """A page as the build reads it, parsed once per version of its file (`parse`)."""

    path: Path
    lines: tuple[str, ...]
    includes: tuple[Include, ...]
    code: frozenset[int]  # line numbers inside fenced code blocks (`code_lines`)

    @property
    def language(self) -> str:
        return language(self.path)

    @property
    def title(self) -> str | None:
        """The text of the page's `# Title` line, or None if it has none."""
        for text in self.lines:
            match = TITLE.match(text)
            if match:
                return match["text"]
        return None


@per_version
def parse(path: Path) -> Page:
    """The page, read and parsed once per version of the file: a build asks for each page's
    lines and includes in a dozen places."""
    text = tuple(path.read_text("utf-8").splitlines())
    return Page(path, text, tuple(_includes(path, text)), code_lines(text))


def lines(page: Path) -> list[str]:
    return list(parse(page).lines)


def is_korean(page: Path) -> bool:
    """A Korean page (x.ko.md) or the notebook made from one (notebook.ko.ipynb)."""
    return page.name.endswith((KOREAN_SUFFIX, ".ko.ipynb"))


def language(page: Path) -> str:
    return "ko" if is_korean(page) else "en"


def url(path: Path, docs: Path = DOCS) -> str:
    """docs/layers/dense.ko.md -> layers/dense, docs/index.md -> "": the page's address in
    its language's site, without slashes (a notebook's is its folder's)."""
    name = path.resolve().relative_to(docs.resolve()).as_posix()
    for suffix in (KOREAN_SUFFIX, ".md", ".ko.ipynb", ".ipynb"):
        name = name.removesuffix(suffix)
    return name.removesuffix("index").rstrip("/")


def href(target: str, here: str) -> str:
    """The relative link from the page at address `here` to the one at `target`."""
    return posixpath.relpath(target or ".", here or ".") + "/"


def stem(page: Path) -> str:
    """docs/layers/dense.ko.md -> dense: the name both languages of a page share."""
    return page.name.removesuffix(KOREAN_SUFFIX).removesuffix(".md")


def title(page: Path) -> str | None:
    return parse(page).title


def twin(page: Path) -> Path:
    """The same page in the other language."""
    if is_korean(page):
        return page.with_name(page.name.removesuffix(KOREAN_SUFFIX) + ".md")
    return page.with_name(page.name.removesuffix(".md") + KOREAN_SUFFIX)


def all_pages(docs: Path = DOCS) -> list[Path]:
    return sorted(docs.rglob("*.md"))


def includes(page: Path) -> list[Include]:
    return list(parse(page).includes)


def _includes(page: Path, text: Sequence[str]) -> list[Include]:
    found = []
    for number, line in enumerate(text, start=1):
        match = INCLUDE.match(line)
        if match:
            found.append(Include(page, number, match["target"]))
        match = OUTPUT.match(line)
        if match:
            found.append(Include(page, number, match["target"], "output"))
        match = DIAGRAM.match(line)
        if match:
            found.append(Include(page, number, match["target"], "diagram"))
    return found


def unsupported_includes(page: Path) -> list[str]:
    """Block or inline `--8<--` forms: the gate could not see what they include."""
    found = []
    for number, text in enumerate(lines(page), start=1):
        if SCISSORS.search(text) and not INCLUDE.match(text) and not text.lstrip().startswith(";"):
            found.append(
                f"{display(page)}:{number}: write each include on its own line as "
                '--8<-- "snippets/<topic>/<file>.py"'
            )
    return found


def included_snippets(docs: Path = DOCS) -> list[Path]:
    """Every snippet file some page includes, each once."""
    files = {inc.file.resolve() for page in all_pages(docs) for inc in includes(page)}
    return sorted(f for f in files if f.is_file())


def problems(docs: Path = DOCS, snippets: Path = SNIPPETS) -> list[str]:
    """Every structure rule broken, as `file:line: message` lines; empty when all hold."""
    found: list[str] = []
    pages = all_pages(docs)
    for page in pages:
        other = twin(page)
        if not other.exists():
            language = "English" if is_korean(page) else "Korean"
            found.append(f"{display(page)}:1: has no {language} page {display(other)}")
        found.extend(unsupported_includes(page))
        for inc in includes(page):
            found.extend(_include_problems(inc))
        if not is_korean(page) and other.exists():
            found.extend(_parity_problems(page, other))
    used = {inc.file.resolve() for page in pages for inc in includes(page)}
    for snippet in sorted(snippets.rglob("*.py")):
        if snippet.name != "__init__.py" and snippet.resolve() not in used:
            found.append(f"{display(snippet)}:1: is not included by any page")
    return found


def _include_problems(inc: Include) -> list[str]:
    path, _, rest = inc.target.partition(":")
    if not path.startswith("snippets/") or not path.endswith(".py"):
        return [f"{inc.where}: includes {inc.target}; pages include only snippets/**/*.py files"]
    if rest and inc.kind != "code":
        return [f"{inc.where}: shows the {inc.kind} of {inc.target}; it comes from a whole file"]
    if rest and LINE_RANGE.match(":" + rest):
        return [f"{inc.where}: includes {inc.target} by line numbers; use a named section"]
    if not inc.file.is_file():
        return [f"{inc.where}: includes {path}, which does not exist"]
    if inc.section and inc.section not in verify.parse(inc.file).sections:
        return [
            f"{inc.where}: includes section '{inc.section}' of {path}, which has no such section"
        ]
    return []


def _parity_problems(english: Path, korean: Path) -> list[str]:
    en = {(inc.kind, inc.target): inc for inc in includes(english)}
    ko = {(inc.kind, inc.target): inc for inc in includes(korean)}
    found = [
        f"{en[k].where}: {_what(*k)}, but {display(korean)} does not"
        for k in sorted(en.keys() - ko)
    ]
    found += [
        f"{ko[k].where}: {_what(*k)}, but {display(english)} does not"
        for k in sorted(ko.keys() - en)
    ]
    return found


def _what(kind: str, target: str) -> str:
    return f"shows the {kind} of {target}" if kind != "code" else f"includes {target}"
