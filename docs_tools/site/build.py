"""One build: its state, made anew at each build's start, and the steps before MkDocs
reads the pages (the page structure, the verification gate, the notebooks).

`mkdocs serve` rebuilds in the same process; a new Build per build means no rebuild
sees what an earlier one learnt.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from docs_tools import notebooks, verify
from docs_tools.content import freshness, page_meta, pages
from docs_tools.errors import DocsError, report
from docs_tools.site.notebook_styles import Styles
from docs_tools.verify import limits, runner

log = logging.getLogger("mkdocs.hooks.snippets")


@dataclass
class Build:
    docs: Path
    config_file: Path
    stale: dict[Path, Path]  # pages maybe out of date with their other language -> the changed one
    dates: dict  # each tracked file's last commit date, for the "last updated" line
    sources: dict[str, Path] = field(default_factory=dict)  # written page -> its source
    figures: dict[str, str] = field(default_factory=dict)  # diagram token -> its HTML
    notebook_styles: Styles = field(default_factory=Styles)  # one shared stylesheet
    not_found: dict[str, str] = field(default_factory=dict)  # the 404 page, per language
    renderings: set = field(default_factory=set)  # mkdocs-jupyter cache files both passes used


def start(docs: Path, config_file: Path) -> Build:
    return Build(docs, config_file, freshness.stale_pages(docs), page_meta.commit_dates())


def language(page) -> str:
    """The language a page is written in: static-i18n's locale, else its file name."""
    if getattr(page.file, "locale", None) == "ko":
        return "ko"
    return pages.language(Path(page.file.src_uri))


def date_by_commit(config_file: Path) -> None:
    """Date the build by its commit, so two builds of one commit are byte-identical.

    MkDocs stamps the sitemap (and its gzip) with SOURCE_DATE_EPOCH when it is set.
    """
    if "SOURCE_DATE_EPOCH" not in os.environ:
        epoch = page_meta.commit_epoch(config_file.parent)
        if epoch is not None:
            os.environ["SOURCE_DATE_EPOCH"] = str(epoch)


def check_pages(build: Build) -> list[Path]:
    """The snippets the pages include, once the page structure holds."""
    problems = pages.problems(build.docs)
    if problems:
        raise report("Page structure is broken", problems)
    return pages.included_snippets(build.docs)


def verify_snippets(snippets: list[Path]) -> None:
    """The gate: every included snippet verified (from the cache where it already passed)."""
    if os.environ.get("DOCS_SKIP_VERIFY") == "1":
        # Only for measuring the build's own cost; a warning, so `--strict` refuses it.
        log.warning("Snippet verification is switched off (DOCS_SKIP_VERIFY=1)")
        return
    try:
        ran, failures = verify.check_all(snippets)
    except (runner.RunnerError, limits.LimitError) as exc:
        raise DocsError(f"Snippets could not be verified: {exc}") from None
    log.info(
        "Snippets: %d included, %d run, %d from cache",
        len(snippets),
        len(ran),
        len(snippets) - len(ran),
    )
    if failures:
        raise report("Snippets failed verification", failures)


def write_notebooks(build: Build) -> list[Path]:
    """Write each page's notebooks from verified outputs, before MkDocs lists files."""
    written, failures = notebooks.build_all(build.docs, build.config_file)
    log.info("Notebooks: %d written, outputs from the verified runs", len(written))
    if failures:
        raise report("Notebooks failed", failures)
    return written
