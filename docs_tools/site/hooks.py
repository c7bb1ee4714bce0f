"""MkDocs hooks: the build gate, version stamps, release compatibility, tables, diagrams,
freshness notices, math, search, page metadata, the Content-Security-Policy, and the
notebooks made from the pages (written and run before the build, rendered by it).

MkDocs loads this file by path, so the project root is put on `sys.path` while
it loads; after that `docs_tools` is imported and found through the package.
"""

import logging
import os
import posixpath
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402

from docs_tools import (  # noqa: E402
    compat,
    notebooks,
    verify,
)
from docs_tools.compat import page as compat_page  # noqa: E402
from docs_tools.content import (  # noqa: E402
    benchmarks,
    freshness,
    glossary,
    page_meta,
    pages,
    quality,
    reference,
)
from docs_tools.paths import ROOT  # noqa: E402
from docs_tools.site import (  # noqa: E402
    csp,
    math,
    notebook_styles,
    search,
)
from docs_tools.site import links as site_links  # noqa: E402
from docs_tools.site import notebooks as notebook_site  # noqa: E402
from docs_tools.site.diagrams import DiagramError, insert_diagrams, place_diagrams  # noqa: E402
from docs_tools.verify import (  # noqa: E402
    cache,
    limits,
    localize,
    runner,
)

log = logging.getLogger("mkdocs.hooks.snippets")

FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
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


# Pages that may be out of date with their other language, for this build.
STALE: dict[Path, Path] = {}
# Each tracked file's last commit date, for the pages' "last updated" line.
DATES: dict = {}
# Each written page's source, so a broken link in the built site names the file to fix.
SOURCES: dict[str, Path] = {}
# The notebook pages' styles, written once as assets/stylesheets/notebook.css.
NOTEBOOK_STYLES = notebook_styles.Styles()


def on_config(config):
    """Date the build by its commit, so two builds of one commit are byte-identical.

    MkDocs stamps the sitemap (and its gzip) with SOURCE_DATE_EPOCH when it is set.
    """
    if "SOURCE_DATE_EPOCH" not in os.environ:
        epoch = page_meta.commit_epoch(Path(config.config_file_path).parent)
        if epoch is not None:
            os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    return config


def on_pre_build(config):
    """Fail the build on a broken page structure or any unverified snippet."""
    i18n = config.plugins.get("i18n")
    notebook_site.share_rendering_cache(config, first_pass=not getattr(i18n, "building", False))
    if getattr(i18n, "building", False):
        return  # mkdocs-static-i18n's second-language pass; this build already checked all
    docs = Path(config.docs_dir)
    STALE.clear()
    SOURCES.clear()
    NOTEBOOK_STYLES.reset()
    compat_page.reset()
    STALE.update(freshness.stale_pages(docs))
    DATES.clear()
    DATES.update(page_meta.commit_dates())
    problems = pages.problems(docs)
    if problems:
        raise PluginError(_report("Page structure is broken", problems))
    snippets = pages.included_snippets(docs)
    if os.environ.get("DOCS_SKIP_VERIFY") == "1":
        # Only for measuring the build's own cost; a warning, so `--strict` refuses it.
        log.warning("Snippet verification is switched off (DOCS_SKIP_VERIFY=1)")
    else:
        verify_snippets(snippets)
    write_notebooks(docs, Path(config.config_file_path))


def verify_snippets(snippets):
    try:
        ran, failures = verify.check_all(snippets)
    except (runner.RunnerError, limits.LimitError) as exc:
        raise PluginError(f"Snippets could not be verified: {exc}") from None
    log.info(
        "Snippets: %d included, %d run, %d from cache",
        len(snippets),
        len(ran),
        len(snippets) - len(ran),
    )
    if failures:
        raise PluginError(_report("Snippets failed verification", failures))


def write_notebooks(docs, config_file):
    """Write each page's notebooks from verified outputs, before MkDocs lists files."""
    written, failures = notebooks.build_all(docs, config_file)
    log.info("Notebooks: %d written, outputs from the verified runs", len(written))
    if failures:
        raise PluginError(_report("Notebooks failed", failures))


def _report(title, problems):
    return f"{title} ({len(problems)}):\n" + "\n".join(problems)


def _language(page):
    return getattr(page.file, "locale", None) or (
        "ko" if page.file.src_uri.endswith(pages.KOREAN_SUFFIX) else "en"
    )


def on_page_markdown(markdown, page, config, files):
    if notebook_site.is_notebook(page):
        return markdown  # the notebook's JSON; mkdocs-jupyter renders it
    language = _language(page)
    try:  # first, while the Markdown is still the page's own
        markdown = insert_diagrams(markdown, Path(page.file.abs_src_path), language)
    except DiagramError as exc:
        raise PluginError(str(exc)) from None
    korean = language == "ko"
    generated = (
        (
            glossary.PLACEHOLDER,
            glossary.GlossaryError,
            lambda: glossary.table(korean=korean, docs=Path(config.docs_dir)),
        ),
        (quality.PLACEHOLDER, quality.QualityError, lambda: quality.table(korean=korean)),
        (
            benchmarks.PLACEHOLDER,
            benchmarks.BenchmarkError,
            lambda: benchmarks.table(korean=korean),
        ),
        (
            notebooks.NOTEBOOK_INDEX,
            notebooks.NotebookError,
            lambda: notebooks.index_table(
                language, Path(config.docs_dir), Path(config.config_file_path)
            ),
        ),
        (
            reference.INDEX_MARKER,
            reference.ReferenceError,
            lambda: reference.index_table(language, Path(config.docs_dir)),
        ),
        (
            reference.COVERAGE_MARKER,
            reference.ReferenceError,
            lambda: reference.coverage_line(
                language, cache.versions()["keras"], Path(config.docs_dir)
            ),
        ),
    )
    for placeholder, error, make in generated:
        if placeholder in markdown:
            try:
                markdown = markdown.replace(placeholder, make())
            except error as exc:
                raise PluginError(str(exc)) from None
    try:
        for placeholder, make in (
            (compat_page.PLACEHOLDER, compat_page.matrix),
            (compat_page.DIFFERENCES, compat_page.differences),
        ):
            if placeholder in markdown:
                markdown = markdown.replace(placeholder, make(language))
        compat_page.data()  # every code block states its releases: the data must exist
    except compat.CompatError as exc:
        raise PluginError(str(exc)) from None
    source = Path(page.file.abs_src_path).resolve()
    page.meta.setdefault("description", page_meta.description(markdown, language))
    date = page_meta.updated(source, DATES)
    if date:
        page.meta["revision_date"] = date.isoformat()  # shown by Material's source-file line
    if source in STALE:
        markdown = stale_notice(page, language) + markdown
    markdown = notebook_site.add_links(markdown, source, language)
    return stamp_snippet_blocks(insert_outputs(markdown, language), language, page.url)


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


def stale_notice(page, language):
    """An admonition at the top of the page, linking to the other language's version."""
    title, text, link = STALE_NOTICE[language]
    here = page.url.rstrip("/")
    other = here.removeprefix("ko").lstrip("/") if language == "ko" else f"ko/{here}".rstrip("/")
    href = posixpath.relpath(other or ".", here or ".") + "/"
    return f'!!! warning "{title}"\n\n    {text} <a href="{href}">{link}</a>\n\n'


def insert_outputs(markdown, language):
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
    out, opening, included = [], None, None
    for text in lines:
        fence = FENCE.match(text)
        if opening is None:
            if fence:
                opening, included = (len(out), fence), None
            out.append(text)
            continue
        include = pages.INCLUDE.match(text)
        if include and included is None:
            included = include["target"]
        out.append(text)
        if fence and fence["fence"].startswith(opening[1]["fence"]) and not fence["info"].strip():
            if included:
                out[opening[0]] = _titled(opening[1], included)
                stamp = STAMP[language].format(**cache.versions())
                name = included.partition(":")[0]
                if url is not None:
                    stamp += " " + compat_page.summary(name, language, _compat_href(url, language))
                out += _verified(stamp, fence["indent"])
                if url is not None:
                    out += compat_page.notes_markdown(name, language, fence["indent"])
            opening = None
    return "\n".join(out) + "\n"


def _compat_href(url, language):
    here = url.rstrip("/")
    target = "ko/compatibility" if language == "ko" else "compatibility"
    return posixpath.relpath(target, here or ".") + "/"


def _titled(fence, target):
    if "title=" in fence["info"]:
        return fence.string
    path, _, section = target.partition(":")
    name = path.removeprefix("snippets/") + (f" › {section}" if section else "")
    return f'{fence["indent"]}{fence["fence"]}{fence["info"].rstrip()} title="{name}"'


def on_page_content(html, page, config, files):
    if notebook_site.is_notebook(page):
        slugify = config.mdx_configs["toc"]["slugify"]  # the one the site's pages use
        return notebook_site.notebook_content(html, page, slugify)
    return place_diagrams(math.to_mathml(html))


# Material fetches `<href>sitemap.xml` for every `<link rel="alternate" hreflang>` in the
# head, expecting language roots; mkdocs-static-i18n's links name the page itself, so
# each fetch is a 404 and a console error. The language switch keeps its hreflang links.
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output, page, config):
    if notebook_site.is_notebook(page):
        SOURCES[page.file.dest_uri] = notebook_site.page_source(page)  # what an author edits
        notebook_site.copy_download(page)
        output = NOTEBOOK_STYLES.take(output)  # into one shared stylesheet, at the end
    else:
        SOURCES[page.file.dest_uri] = Path(page.file.abs_src_path)
    output = HEAD_ALTERNATE.sub("", output)
    language = _language(page)
    output = search.name_dialog(output, language, page.file.src_uri)
    output = search.use_site_worker(output, language, page.file.src_uri)
    return csp.add_policy(output, page.file.src_uri)


# mkdocs-static-i18n renders 404.html once per language into the same file, Korean
# last. A host serves that one file for every missing address, so it keeps the
# default language's page; overrides/404.html carries the Korean text in it.
NOT_FOUND: dict[str, str] = {}


def on_post_template(output_content, template_name, config):
    if template_name != "404.html":
        return output_content
    language = config.theme.get("language", "en")
    if language != "en" and "en" in NOT_FOUND:
        return NOT_FOUND["en"]
    output_content = HEAD_ALTERNATE.sub("", output_content)
    output_content = search.name_dialog(output_content, language, template_name)
    output_content = search.use_site_worker(output_content, language, template_name)
    NOT_FOUND[language] = csp.add_policy(output_content, template_name)
    return NOT_FOUND[language]


@event_priority(-200)  # after mkdocs-static-i18n has written the index of both languages
def on_post_build(config):
    """Ship the glossary's search data next to the worker; one search index per language."""
    search.write_terms(Path(config.site_dir))
    i18n = config.plugins.get("i18n")
    if i18n.current_language == i18n.build_languages[-1]:
        notebook_site.evict_unused_renderings(config)  # once every language has rendered
    if not getattr(i18n, "building", False):
        search.split_index(Path(config.site_dir))
        base = urlsplit(config.site_url or "/").path or "/"
        NOTEBOOK_STYLES.write(Path(config.site_dir))  # before the links to it are checked
        broken = site_links.broken(Path(config.site_dir), base, SOURCES)
        if broken:
            raise PluginError(_report("Links in the built site lead nowhere", broken))
        # Said last, so it covers every step: notebooks, diagrams, rendering, search.
        imported = "yes" if "tensorflow" in sys.modules else "no"
        log.info("Site built; TensorFlow imported by the build process: %s", imported)
