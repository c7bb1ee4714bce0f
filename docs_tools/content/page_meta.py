"""What the build adds to each page's metadata: a description and a last-updated date.

- The description (for search engines and link previews) is the page's first
  paragraph of prose, in the page's own language, unless the page sets one.
- The date is the last commit that touched the page or any snippet it includes,
  from git, so two builds of one commit agree. Outside a git checkout (or for a
  file not yet committed) no date is shown rather than a made-up one.
"""

from __future__ import annotations

import datetime
import re
import subprocess
from pathlib import Path

from docs_tools.content import pages
from docs_tools.paths import ROOT

LENGTH = {"en": 160, "ko": 90}  # Hangul carries more per character
MARKUP = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: keep the text
    (re.compile(r"<[^>]+>"), ""),
    (re.compile(r"[`*_]|\{[^}]*\}"), ""),
    (re.compile(r"\$([^$]*)\$"), r"\1"),
    (re.compile(r"\s+"), " "),
    # The theme writes it into content="…" unescaped: a double quote would end the attribute.
    (re.compile(r'"'), "'"),
]


def description(markdown: str, language: str) -> str:
    """The first paragraph of running text, without markup, cut at a word boundary."""
    paragraph: list[str] = []
    lines = markdown.splitlines()
    code = pages.code_lines(lines)
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if line.startswith(("    ", "\t")) and not paragraph:
            continue  # the body of an admonition, tab or list: not the page's own words
        if number in code or text.startswith(
            ("#", "!!!", "???", "|", "<!--", "--8<--", "-", "*", ">")
        ):
            if paragraph:
                break
            continue
        if not text:
            if paragraph:
                break
            continue
        paragraph.append(text)
    plain = " ".join(paragraph)
    for pattern, replacement in MARKUP:
        plain = pattern.sub(replacement, plain)
    plain = plain.strip()
    limit = LENGTH[language]
    if len(plain) <= limit:
        return plain
    return plain[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def commit_dates(root: Path = ROOT) -> dict[str, datetime.date]:
    """Each tracked file's last commit date (UTC), from one `git log` over the history."""
    try:
        run = subprocess.run(
            ["git", "log", "--format=@%ct", "--name-only", "--no-renames", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, datetime.date] = {}
    when = None
    for line in run.stdout.splitlines():
        if line.startswith("@"):
            when = datetime.datetime.fromtimestamp(int(line[1:]), datetime.UTC).date()
        elif line and line not in dates:
            dates[line] = when  # newest first: the first sighting is the last change
    return dates


def commit_epoch(root: Path = ROOT) -> int | None:
    """When the checked-out commit was made (seconds since the epoch), if this is a checkout."""
    try:
        run = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True
        )
    except OSError:
        return None
    return int(run.stdout) if run.returncode == 0 and run.stdout.strip() else None


def updated(page: Path, dates: dict[str, datetime.date]) -> datetime.date | None:
    """The newest date among the page and the snippets it includes, if all are known."""
    files = [page, *(include.file for include in pages.includes(page))]
    known = [dates.get(file.resolve().relative_to(ROOT).as_posix()) for file in files]
    return None if None in known else max(known)
