"""MkDocs hooks: each event is a short list of named steps; the steps live in the stages.

    on_config         date the build by its commit; notebooks become pages
    on_pre_build      a new Build; page structure, snippet verification, notebooks (written,
                      then rendered on every core)
    on_page_markdown  diagrams, generated blocks, metadata, notices, outputs, stamps
    on_page_content   a notebook's anchors and links, or math and diagrams
    on_post_page      record the page's source; search, Content-Security-Policy
    on_post_template  the one 404 page for every language
    on_post_build     search data, the notebooks' stylesheet, the site's links

Every step raises DocsError (docs_tools/errors.py) when the docs are wrong; `gate` turns it
into MkDocs' build failure, here and nowhere else. mkdocs-static-i18n runs the events once
per language: checks that cover both run in the first pass only.

MkDocs loads this file by path, so the project root is put on `sys.path` while it loads.
"""

import functools
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from docs_tools import upstream  # noqa: E402
from docs_tools.content import page_meta  # noqa: E402
from docs_tools.errors import DocsError  # noqa: E402
from docs_tools.site import build, diagrams, html, markdown, math, search  # noqa: E402
from docs_tools.site import notebooks as notebook_site  # noqa: E402

log = logging.getLogger("mkdocs.hooks.snippets")

BUILD: build.Build | None = None  # made by each build's first on_pre_build


def gate(event):
    """The one place a DocsError becomes a failed build."""

    @functools.wraps(event)
    def run(*args, **kwargs):
        try:
            return event(*args, **kwargs)
        except DocsError as exc:
            raise PluginError(str(exc)) from None

    return run


def on_config(config):
    build.date_by_commit(Path(config.config_file_path))
    upstream.notebooks_as_pages(File)
    upstream.notebooks_only(config)
    upstream.shared_template_cache()
    return config


@gate
def on_pre_build(config):
    global BUILD
    first, _ = upstream.language_pass(config)
    if first:
        BUILD = build.start(Path(config.docs_dir), Path(config.config_file_path))
    upstream.share_rendering_cache(config, BUILD.renderings)
    if not first:
        return  # the second language's pass; this build already checked both
    build.verify_snippets(build.check_pages(BUILD))
    upstream.render_notebooks_ahead(config, build.write_notebooks(BUILD))


@gate
def on_page_markdown(text, page, config, files):
    if notebook_site.is_notebook(page):
        # A notebook repeats its page (same prose, same code, plus outputs): searching it
        # too would double the results. The page links to its notebook.
        page.meta["search"] = {"exclude": True}
        return text  # the notebook's JSON; mkdocs-jupyter renders it
    language, source = build.language(page), Path(page.file.abs_src_path)
    # First, while the Markdown is still the page's own.
    text = diagrams.insert_diagrams(text, source, language, BUILD.figures)
    at = markdown.Where(language, Path(config.docs_dir), Path(config.config_file_path))
    text = markdown.insert_generated(text, at)
    source = source.resolve()
    page.meta.setdefault("description", page_meta.description(text, language))
    date = page_meta.updated(source, BUILD.dates)
    if date:
        page.meta["revision_date"] = date.isoformat()  # shown by Material's source-file line
    if source in BUILD.stale:
        text = markdown.stale_notice(page.url, language) + text
    text = notebook_site.add_links(text, source, language)
    text = markdown.insert_outputs(text, language)
    return markdown.stamp_snippet_blocks(text, language, page.url)


@gate
def on_page_content(content, page, config, files):
    if notebook_site.is_notebook(page):
        slugify = config.mdx_configs["toc"]["slugify"]  # the one the site's pages use
        return notebook_site.notebook_content(content, page, slugify)
    return diagrams.place_diagrams(math.to_mathml(content), BUILD.figures)


@gate
def on_post_page(output, page, config):
    if notebook_site.is_notebook(page):
        BUILD.sources[page.file.dest_uri] = notebook_site.page_source(page)  # what one edits
        notebook_site.copy_download(page)
        output = BUILD.notebook_styles.take(output)  # into one shared stylesheet, at the end
    else:
        BUILD.sources[page.file.dest_uri] = Path(page.file.abs_src_path)
    return html.finish(output, build.language(page), page.file.src_uri)


@gate
def on_post_template(output_content, template_name, config):
    """mkdocs-static-i18n renders 404.html once per language into the same file, Korean
    last. A host serves that one file for every missing address, so it keeps the default
    language's page; overrides/404.html carries the Korean text in it."""
    if template_name != "404.html":
        return output_content
    language = config.theme.get("language", "en")
    if language != "en" and "en" in BUILD.not_found:
        return BUILD.not_found["en"]
    BUILD.not_found[language] = html.finish(output_content, language, template_name)
    return BUILD.not_found[language]


@event_priority(-200)  # after mkdocs-static-i18n has written the index of both languages
@gate
def on_post_build(config):
    """Ship the glossary's search data next to the worker; one search index per language."""
    site = Path(config.site_dir)
    search.write_terms(site)
    first, last = upstream.language_pass(config)
    if last:
        upstream.evict_unused_renderings(config)  # once every language has rendered
    if first:
        search.split_index(site)
        BUILD.notebook_styles.write(site)  # before the links to it are checked
        html.check_links(site, config.site_url, BUILD.sources)
        # Said last, so it covers every step: notebooks, diagrams, rendering, search.
        imported = "yes" if "tensorflow" in sys.modules else "no"
        log.info("Site built; TensorFlow imported by the build process: %s", imported)
