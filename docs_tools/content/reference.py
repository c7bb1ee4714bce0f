"""The layer reference (docs/reference/): its classes, entries, index and Default cells.

- The classes are the verified output of `snippets/reference/classes.py` (its `#>` lines),
  so a warm build knows them without importing TensorFlow.
- An entry is a heading `## Conv2D {#conv2d}` on a page under docs/reference/; the
  anchor is the class name lowercased, the same in both languages.
- `reference.yml` lists the classes with no entry, each with its reason, and the
  classes still pending while the reference is being written.
- The build replaces `<!-- layer-index -->` with a table of every entry, read from the
  pages of the same language, and `<!-- layer-coverage -->` with the coverage it measured.
- Each reference page includes a `defaults.py` snippet that prints `Class.argument = value`
  lines; every Default cell of an entry's Args table must agree with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from docs_tools import verify
from docs_tools.content import pages
from docs_tools.errors import DocsError
from docs_tools.paths import DOCS, ROOT, SNIPPETS, display

CLASSES = SNIPPETS / "reference/classes.py"
CONFIG = ROOT / "reference.yml"
REFERENCE = "reference"
INDEX_MARKER = "<!-- layer-index -->"
COVERAGE_MARKER = "<!-- layer-coverage -->"
ENTRY = re.compile(r"^## (?P<name>\w+) \{#(?P<anchor>[\w-]+)\}\s*$")
# An Args table row: | `argument` | default | meaning |
ARG_ROW = re.compile(r"^\|\s*`(?P<arg>\w+)`\s*\|(?P<default>[^|]*)\|")
DEFAULT_LINE = re.compile(r"^(?P<cls>\w+)\.(?P<arg>\w+) = (?P<value>.+)$")
REQUIRED = {"en": "required", "ko": "필수"}
# The pages of a family (by Keras' package), where their names differ from the package's.
PAGES_OF_FAMILY = {
    "convolutional": ("convolution", "separable-convolution"),  # split to keep pages light
    "rnn": ("recurrent", "rnn-cells", "conv-lstm"),  # one family, split to keep pages light
    "activations": ("activation",),
    # 43 classes, split by the kind of data they take
    "preprocessing": (
        "preprocessing-text",
        "preprocessing-numeric",
        "preprocessing-image",
        "preprocessing-augmentation",
    ),
}
# A sentence ends at a period (outside code) followed by a space or the paragraph's end.
SENTENCE_END = re.compile(r"(`[^`]*`)|\.(?=\s|$)")

HEADERS = {
    "en": ("Class", "Family", "What it does"),
    "ko": ("클래스", "분류", "하는 일"),
}
COVERAGE = {
    "en": "{covered} of {total} layer classes have an entry, as this build measured from "
    "the classes of the installed Keras ({version}); {excluded} more are left out, each for a "
    "reason given in the project's `reference.yml`.",
    "ko": "설치된 Keras({version})의 레이어 클래스 {total}개 가운데 {covered}개에 항목이 "
    "있습니다. 이 빌드가 직접 센 값입니다. 나머지 {excluded}개는 프로젝트의 "
    "`reference.yml`에 이유를 적고 뺐습니다.",
}


class ReferenceError(DocsError):
    """The reference's configuration or pages cannot be read as this module expects."""


@dataclass(frozen=True)
class LayerClass:
    name: str
    family: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    name: str
    anchor: str
    page: Path
    line: int
    summary: str  # the first sentence of its first paragraph


def classes(snippet: Path = CLASSES) -> list[LayerClass]:
    """The layer classes as the verified `#>` lines of the classes snippet list them."""
    lines = list(verify.parse(snippet).printed)
    if not lines or not lines[0].endswith(" classes"):
        raise ReferenceError(f"{display(snippet)}: its output does not start with 'N classes'")
    found = []
    for line in lines[1:]:
        name, family, *aliases = line.split()
        found.append(LayerClass(name, family, tuple(aliases)))
    if len(found) != int(lines[0].split()[0]):
        raise ReferenceError(f"{display(snippet)}: prints {lines[0]} but lists {len(found)}")
    return found


def config(path: Path = CONFIG) -> dict:
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return {
        "excluded": data.get("excluded") or {},
        "excluded_families": data.get("excluded_families") or {},
        "pending": data.get("pending") or [],
    }


def excluded(layer: LayerClass, settings: dict) -> str | None:
    """Why a class has no entry, or None when it should have one."""
    return settings["excluded"].get(layer.name) or settings["excluded_families"].get(layer.family)


def family_pages(family: str) -> tuple[str, ...]:
    """The names (without .md) of the pages a family's entries belong on."""
    return PAGES_OF_FAMILY.get(family, (family,))


def page_name(page: Path) -> str:
    return pages.stem(page)


def reference_pages(language: str, docs: Path = DOCS) -> list[Path]:
    folder = docs / REFERENCE
    found = [p for p in pages.all_pages(folder) if pages.is_korean(p) == (language == "ko")]
    return [p for p in found if p.name not in ("index.md", "index.ko.md")]


def page_title(page: Path) -> str:
    found = pages.title(page)
    if found:
        return found
    raise ReferenceError(f"{display(page)}:1: has no '# Title' line")


def entries(page: Path) -> list[Entry]:
    lines = pages.lines(page)
    found = []
    for number, text in enumerate(lines, start=1):
        match = ENTRY.match(text)
        if match:
            found.append(
                Entry(match["name"], match["anchor"], page, number, _summary(lines[number:]))
            )
    return found


def _summary(after: list[str]) -> str:
    paragraph: list[str] = []
    for text in after:
        if not text.strip():
            if paragraph:
                break
            continue
        if text.startswith("#"):
            break
        paragraph.append(text.strip())
    return first_sentence(" ".join(paragraph))


def first_sentence(text: str) -> str:
    for match in SENTENCE_END.finditer(text):
        if match.group(1) is None:
            return text[: match.end()]
    return text


def all_entries(language: str, docs: Path = DOCS) -> list[Entry]:
    return [entry for page in reference_pages(language, docs) for entry in entries(page)]


def index_table(language: str, docs: Path = DOCS) -> str:
    """The layer index: every entry of this language's family pages, by class name."""
    family, what = HEADERS[language][1:]
    rows = [
        f"| {' | '.join(HEADERS[language])} |",
        "| --- | --- | --- |",
    ]
    found = sorted(all_entries(language, docs), key=lambda e: e.name.lower())
    titles = {}
    for entry in found:
        link = entry.page.name
        title = titles.setdefault(entry.page, page_title(entry.page))
        # A link within the entry's page (`[Dot](#dot)`) must still lead there from the index.
        summary = entry.summary.replace("|", r"\|").replace("](#", f"]({link}#")
        rows.append(f"| [`{entry.name}`]({link}#{entry.anchor}) | [{title}]({link}) | {summary} |")
    return "\n".join(rows) + "\n"


def coverage(language: str, docs: Path = DOCS) -> tuple[int, int, int]:
    """(classes with an entry, classes that should have one, classes covered elsewhere)."""
    settings = config()
    names = {entry.name for entry in all_entries(language, docs)}
    layers = classes()
    wanted = [layer for layer in layers if not excluded(layer, settings)]
    covered = [layer for layer in wanted if layer.name in names]
    return len(covered), len(wanted), len(layers) - len(wanted)


def coverage_line(language: str, version: str, docs: Path = DOCS) -> str:
    covered, total, others = coverage(language, docs)
    return COVERAGE[language].format(covered=covered, total=total, excluded=others, version=version)


def defaults_snippet(page: Path) -> Path:
    found = [inc.file for inc in pages.includes(page) if inc.file.name == "defaults.py"]
    if len(found) != 1:
        raise ReferenceError(f"{display(page)}: includes {len(found)} defaults.py snippets, not 1")
    return found[0]


def defaults(snippet: Path) -> dict[tuple[str, str], str]:
    """`(Class, argument) -> value` from a verified defaults snippet."""
    found = {}
    for line in verify.parse(snippet).printed:
        match = DEFAULT_LINE.match(line)
        if match:
            found[match["cls"], match["arg"]] = match["value"]
    return found


def default_problems(page: Path, snippet: Path | None = None) -> list[str]:
    """Each Default cell that disagrees with the defaults snippet, and each printed
    argument with no row, as `file:line: message`."""
    language = pages.language(page)
    snippet = snippet or defaults_snippet(page)
    printed = defaults(snippet)
    source = display(snippet)
    where = display(page)
    found: list[str] = []
    rows: dict[str, set[str]] = {}
    heading = None
    lines = pages.lines(page)
    for number, text in enumerate(lines, start=1):
        entry = ENTRY.match(text)
        if entry:
            heading = (entry["name"], number)
            rows[entry["name"]] = set()
            continue
        if text.startswith("## "):
            heading = None
        row = ARG_ROW.match(text)
        if not row or heading is None:
            continue
        name, arg = heading[0], row["arg"]
        rows[name].add(arg)
        cell = row["default"].strip()
        value = printed.get((name, arg))
        if value is None:
            found.append(f"{where}:{number}: {name} has no argument {arg!r} in {source}")
            continue
        expected = REQUIRED[language] if value == "required" else f"`{value}`"
        if cell != expected:
            found.append(
                f"{where}:{number}: {name}.{arg} default is {cell!r}, Keras says {expected!r}"
            )
    for (name, arg), _value in sorted(printed.items()):
        if name in rows and arg not in rows[name]:
            found.append(f"{where}: {name} has no Args row for {arg!r} ({source} prints it)")
    return found
