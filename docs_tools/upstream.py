"""Where the project leans on the inside of a library: every such place, in this module.

Each quirk names the package versions it was checked against, the upstream issue it
answers (or says none is filed) and what breaks without it. tests/test_upstream.py fails
when an installed version differs from a quirk's, so an upgrade re-checks each one, and
when a private name a quirk uses appears anywhere else in docs_tools.

Nothing is patched at import: the site's hooks apply the MkDocs quirks in their events,
and the verifier calls the pytest-examples and Keras ones. This module imports none of
those libraries at its top, so it does not tie a stage to MkDocs or TensorFlow.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Quirk:
    name: str  # the function below that carries it
    versions: dict[str, str]  # package -> the version it was checked with
    upstream: str  # the issue it answers, or why there is none
    why: str  # what breaks without it


QUIRKS = (
    Quirk(
        "notebooks_as_pages",
        {"mkdocs": "1.6.1", "mkdocs-static-i18n": "1.3.1", "mkdocs-jupyter": "0.26.3"},
        "https://github.com/ultrabug/mkdocs-static-i18n/issues/198",
        "static-i18n re-creates every file after mkdocs-jupyter wrapped the notebooks, and a "
        "plain File for x.ipynb is an asset: English notebooks were copied as JSON, Korean "
        "ones dropped.",
    ),
    Quirk(
        "notebooks_only",
        {"mkdocs-jupyter": "0.26.3"},
        "https://github.com/danielfrg/mkdocs-jupyter/issues/239",
        "mkdocs-jupyter opens every Markdown page with jupytext to see whether it is a "
        "notebook, before looking at `include`: 100 pages read twice per language pass, "
        "about a quarter of a warm build's time in MkDocs itself.",
    ),
    Quirk(
        "shared_template_cache",
        {"nbconvert": "7.17.2", "Jinja2": "3.1.6", "mkdocs-jupyter": "0.26.3"},
        "none filed: mkdocs-jupyter makes a new HTMLExporter, so a new Jinja environment "
        "(`_create_environment`), for every notebook",
        "nbconvert compiled its whole template tree again for each of 90 notebooks: about "
        "two fifths of rendering them (a cold build, the reproducible-build test).",
    ),
    Quirk(
        "share_rendering_cache",
        {"mkdocs-jupyter": "0.26.3", "mkdocs-static-i18n": "1.3.1"},
        "none filed: mkdocs-jupyter's cache (`_used_cache_paths`) has no public API",
        "mkdocs-jupyter forgets at each language's pass which cached renderings the other "
        "pass used and deletes them after it: every build re-rendered every notebook.",
    ),
    Quirk(
        "render_notebooks_ahead",
        {"mkdocs-jupyter": "0.26.3", "nbconvert": "7.17.2"},
        "none filed: mkdocs-jupyter renders each notebook as MkDocs renders its page, one "
        "after another; its cache key and file (`_compute_cache_key`) have no public API",
        "a cold build rendered 92 notebooks on one core; rendered ahead into the same cache "
        "entries, one process per core, they take half the time and MkDocs finds them cached.",
    ),
    Quirk(
        "language_pass",
        {"mkdocs-static-i18n": "1.3.1"},
        "none filed: the plugin's pass state (`building`, `current_language`) is internal",
        "static-i18n runs the build's events once per language; checks that cover both "
        "languages must run once, in the first pass, and site-wide steps after the last.",
    ),
    Quirk(
        "without_head_alternates",
        {"mkdocs-material": "9.8.1", "mkdocs-static-i18n": "1.3.1"},
        "none filed: Material expects hreflang links to name language roots",
        "Material fetches `<href>sitemap.xml` for every hreflang link in the head; "
        "static-i18n's links name the page itself, so each fetch was a 404 and a console error.",
    ),
    Quirk(
        "print_recorder",
        {"pytest-examples": "0.0.18"},
        "none filed: the recorder and writer live in pytest_examples.run_code, not its API",
        "its recorder calls inspect.stack() on every print (verification ~1.8x slower), and "
        "its writer reformats a long print's arguments with black, so a `#>` block was not "
        "the printed text.",
    ),
    Quirk(
        "functional_graph",
        {"keras": "3.15.1"},
        "https://github.com/keras-team/keras/issues/19278 (walking the graph is private)",
        "Keras 3 offers no public way to list which layer call feeds which, or the shapes a "
        "layer was built for; the diagrams read the model's nodes and build shapes.",
    ),
)


# --- MkDocs, mkdocs-static-i18n, mkdocs-jupyter, Material (called by docs_tools/site/hooks.py)


def notebooks_as_pages(file_class) -> None:
    """Make `.ipynb` files documentation pages for MkDocs itself (MkDocs' `File`)."""
    if getattr(file_class.is_documentation_page, "notebooks_too", False):
        return  # `mkdocs serve` runs on_config again for every rebuild
    is_page = file_class.is_documentation_page

    def is_page_or_notebook(self) -> bool:
        return self.src_uri.endswith(".ipynb") or is_page(self)

    is_page_or_notebook.notebooks_too = True
    file_class.is_documentation_page = is_page_or_notebook


def notebooks_only(config) -> None:
    """mkdocs-jupyter's `ignore` skips Markdown before reading it; `include` does not."""
    ignore = config.plugins.get("mkdocs-jupyter").config["ignore"]
    if "*.md" not in ignore:
        ignore.append("*.md")


def shared_template_cache() -> None:
    """Every nbconvert template environment of this process shares one Jinja bytecode
    cache, in memory: each template compiles once (keyed by its name and source checksum,
    so an edited template compiles anew)."""
    import jinja2
    from nbconvert.exporters.templateexporter import TemplateExporter

    create = TemplateExporter._create_environment
    if getattr(create, "shared", None):
        return  # `mkdocs serve` runs on_config again for every rebuild

    class Compiled(jinja2.BytecodeCache):
        def __init__(self):
            self.stored: dict[str, bytes] = {}

        def load_bytecode(self, bucket):
            if bucket.key in self.stored:
                bucket.bytecode_from_string(self.stored[bucket.key])

        def dump_bytecode(self, bucket):
            self.stored[bucket.key] = bucket.bytecode_to_string()

    compiled = Compiled()

    def with_shared_cache(self):
        environment = create(self)
        environment.bytecode_cache = compiled
        return environment

    with_shared_cache.shared = compiled
    TemplateExporter._create_environment = with_shared_cache


def share_rendering_cache(config, used: set) -> None:
    """At each pass's pre_build: one record of used renderings for the whole build (`used`,
    held by the build's state), and mkdocs-jupyter's own eviction taken out of the passes
    (evict_unused_renderings runs it)."""
    jupyter = config.plugins.get("mkdocs-jupyter")
    jupyter._used_cache_paths = used
    events = config.plugins.events["post_build"]
    events[:] = [e for e in events if getattr(e, "__self__", None) is not jupyter]


def render_notebooks_ahead(config, notebooks: list[Path]) -> None:
    """Render the notebooks mkdocs-jupyter's cache lacks, one process per core, into the
    cache entries it would write itself (same key, same calls, same JSON), so that rendering
    each page finds its notebook cached. Notebooks it would execute are left to it."""
    import json
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from mkdocs_jupyter.plugin import _compute_cache_key, _get_cache_path

    jupyter = config.plugins.get("mkdocs-jupyter")
    options = jupyter.config
    if not options["cache"] or options["execute"]:
        return
    jobs = []
    for notebook in notebooks:
        key = _compute_cache_key(notebook, options, False)  # the file's bytes, not its path
        entry = _get_cache_path(options["cache_dir"], key)
        if not entry.exists():
            jobs.append((str(notebook), entry, dict(options)))
    if len(jobs) < 2:
        return  # not worth a process pool
    workers = min(len(jobs), os.cpu_count() or 1)
    # Forked, the workers share this process's imports and its shared template cache.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for (_, entry, _), rendered in zip(jobs, pool.map(_render, jobs), strict=True):
            entry.parent.mkdir(parents=True, exist_ok=True)
            entry.write_text(json.dumps(rendered), encoding="utf-8")


def _render(job) -> dict:
    """What mkdocs-jupyter's page render computes on a cache miss (Plugin.on_pre_page)."""
    from mkdocs_jupyter import convert
    from mkdocs_jupyter.plugin import _get_nb_toc_tokens

    path, _, options = job
    body = convert.nb2html(
        path,
        execute=False,
        kernel_name=options["kernel_name"],
        theme=options["theme"],
        allow_errors=options["allow_errors"],
        show_input=options["show_input"],
        no_input=options["no_input"],
        no_prompt=options["no_prompt"],
        remove_tag_config=options["remove_tag_config"],
        highlight_extra_classes=options["highlight_extra_classes"],
        include_requirejs=options["include_requirejs"],
        custom_mathjax_url=options["custom_mathjax_url"],
    )
    toc_tokens, title = _get_nb_toc_tokens(path, options["toc_depth"])
    return {"content": body, "toc_tokens": toc_tokens, "title": title}


def evict_unused_renderings(config) -> None:
    """mkdocs-jupyter's eviction, once both languages have rendered."""
    config.plugins.get("mkdocs-jupyter").on_post_build(config)


def language_pass(config) -> tuple[bool, bool]:
    """(is this static-i18n's first pass, is it the last), for the event running now."""
    i18n = config.plugins.get("i18n")
    first = not getattr(i18n, "building", False)
    return first, i18n.current_language == i18n.build_languages[-1]


HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def without_head_alternates(page_html: str) -> str:
    """The page without hreflang links in its head; the language switch keeps its own."""
    return HEAD_ALTERNATE.sub("", page_html)


# --- pytest-examples (called by docs_tools/verify/snippet.py)


def print_recorder(path: Path):
    """pytest-examples' print recorder, finding each print's caller cheaply, with a writer
    whose `#>` lines and quoted blocks alike hold the printed text."""
    import builtins
    from unittest import mock

    from pytest_examples.config import ExamplesConfig
    from pytest_examples.run_code import Arg, MockPrintFunction, PrintStatement

    real_print = builtins.print

    class CallerPrint(MockPrintFunction):
        def __call__(self, *args, sep=" ", **kwargs):
            real_print(*args, sep=sep, **kwargs)  # what a notebook cell would show
            caller = sys._getframe(1)
            while caller.f_code.co_filename == mock.__file__:  # `print` is a Mock
                caller = caller.f_back
            if caller.f_code.co_filename == str(self.file):  # prints made by the snippet
                arguments = [Arg(arg) for arg in args]
                self.statements.append(PrintStatement(caller.f_lineno, sep, arguments))

    recorder = _exact_output_class()(path, ExamplesConfig(), True, None, None)
    recorder.print_func = CallerPrint(path, None)
    return recorder


def _exact_output_class():
    """pytest-examples' writer, except that a long print's quoted block is the printed text
    (its own put each argument on a line and reformatted non-strings with black)."""
    from textwrap import indent

    from pytest_examples.run_code import InsertPrintStatements, comment_prefix

    class ExactOutput(InsertPrintStatements):
        def _insert_print_args(self, lines, statement, in_python, line_index, col):
            text = statement.sep.join(str(arg) for arg in statement.args)
            prefix = " " * col
            if "\n" not in text and len(text) + len(comment_prefix) < self.config.line_length - col:
                lines.insert(line_index + 1, f"{prefix}{comment_prefix}{text}")
                return
            # Blank lines around and spaces after are not kept (the notebook check skips them).
            text = "\n".join(line.rstrip(" ") for line in text.strip("\n").split("\n"))
            quote = "'''" if in_python else '"""'
            lines.insert(line_index + 1, indent(f"{quote}\n{text}\n{quote}", prefix))

    return ExactOutput


# --- Keras (called by docs_tools/verify/model_structure.py, inside a verifying process)


def functional_graph(model):
    """The functional graph: the model itself, a built Sequential's inner one, or None."""
    from keras.src.models.functional import Functional

    if isinstance(model, Functional):
        return model
    inner = getattr(model, "_functional", None)
    return inner if isinstance(inner, Functional) else None


def graph_calls(graph):
    """Each call of a layer that belongs to the graph, in creation order, as (layer, call
    number, output shapes, the (id of layer, call number) pairs its inputs come from)."""
    from keras.src.ops.function import make_node_key

    for operation in graph.operations:
        for number, node in enumerate(operation._inbound_nodes):
            if make_node_key(operation, number) not in graph._nodes:
                continue
            sources = [(id(t._keras_history[0]), t._keras_history[1]) for t in node.input_tensors]
            yield operation, number, [t.shape for t in node.outputs], sources


def built_shapes(layer) -> list | None:
    """The input shapes a layer was built for (a subclassed model keeps no graph)."""
    built = getattr(layer, "_build_shapes_dict", None)
    return list(built.values()) if layer.built and built else None
