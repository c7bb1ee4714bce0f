"""Model diagrams: drawn from the model the verified snippet built, in both languages."""

import re
from html import escape

import markdown
import pytest
from site_copy import build, copy_built
from test_site import html_path

from docs_tools.content import pages
from docs_tools.paths import ROOT
from docs_tools.site import diagrams
from docs_tools.verify import cache

SEQUENTIAL = "snippets/models/sequential/by_list.py"
NO_MODEL = "snippets/layers/conv/defaults.py"  # builds layers, no `model`
MARKERS = [
    inc for page in pages.all_pages() for inc in pages.includes(page) if inc.kind == "diagram"
]


@pytest.fixture
def recorded(verified):
    """What the test run's one verification found for a snippet (its cached pass)."""
    return lambda target: cache.record(ROOT / target)


def page_with(tmp_path, target, before="Text.\n"):
    page = tmp_path / "page.md"
    page.write_text(f"# Page\n\n{before}\n<!-- diagram: {target} -->\n")
    return page


def test_every_model_page_and_the_cnn_page_has_a_diagram():
    pages_with_diagrams = {inc.page.name for inc in MARKERS}
    expected = {"sequential", "functional", "custom-layers", "subclassing", "four-ways", "cnn"}
    assert pages_with_diagrams == {f"{n}{s}" for n in expected for s in (".md", ".ko.md")}


def rendered(page, language):
    """The page through the hook's two steps, with Markdown in between as in a build."""
    figures = {}
    text = diagrams.insert_diagrams(page.read_text(), page, language, figures)
    return diagrams.place_diagrams(markdown.markdown(text), figures)


def test_diagram_shows_the_recorded_layers_and_shapes(tmp_path, recorded, monkeypatch):
    found = recorded(SEQUENTIAL)
    monkeypatch.setenv("DOCS_CACHE_DIR", str(tmp_path / "cache"))  # this test's cache only
    cache.mark_verified(ROOT / SEQUENTIAL, found)
    page = page_with(tmp_path, SEQUENTIAL)
    html = rendered(page, "en")
    for text in ["dense_1", "output (None, 8) · 40 params", "<td><code>(None, 3)</code></td>"]:
        assert text in html
    korean = rendered(page, "ko")
    assert "출력 (None, 8) · 파라미터 40개" in korean
    assert "같은 모델을 표로 보기" in korean


@pytest.mark.parametrize(
    ("target", "passed", "message"),
    [
        (NO_MODEL, True, "which leaves no Keras model in `model`"),
        (SEQUENTIAL, False, "which has not passed verification"),
        ("snippets/models/sequential/nothing_here.py", False, "which does not exist"),
    ],
)
def test_a_marker_that_cannot_be_drawn_names_page_and_line(
    tmp_path, recorded, target, passed, message, monkeypatch
):
    found = recorded(target) if passed else None
    monkeypatch.setenv("DOCS_CACHE_DIR", str(tmp_path / "cache"))
    if passed:
        cache.mark_verified(ROOT / target, found)
    page = page_with(tmp_path, target, before="One.\n\nTwo.\n")
    with pytest.raises(diagrams.DiagramError) as error:
        diagrams.insert_diagrams(page.read_text(), page, "en", {})
    assert str(error.value) == f"{page.resolve()}:7: draws {target}, {message}"


@pytest.mark.parametrize("marker", MARKERS, ids=[f"{m.page.name}:{m.line}" for m in MARKERS])
def test_built_diagram_is_the_model_its_verified_run_built(built, marker):
    """The built page holds exactly the figure of the model the snippet's verified run
    (a fresh run: the test run's `verified`) left in `model`."""
    model = cache.record(marker.file)["model"]
    language = pages.language(marker.page)
    english = pages.twin(marker.page) if language == "ko" else marker.page
    url = html_path(english, korean=language == "ko")
    html = (built[0] / "site" / url.lstrip("/") / "index.html").read_text()
    figure = diagrams.figure(model, marker.target, language)
    assert figure in html
    # The layers the fresh run built, drawn and listed in the table: never all empty.
    built_layers = [escape(node["name"]) for node in model["nodes"]]
    assert any(node["class"] != "InputLayer" for node in model["nodes"]), marker.target
    drawn = re.findall(r'class="model-diagram__name">([^<]*)<', figure)
    listed = re.findall(r"<tr><td><code>([^<]*)</code>", figure)
    assert drawn == listed == built_layers


def test_build_fails_on_a_diagram_of_a_snippet_without_a_model(built, tmp_path):
    root, _ = copy_built(built, tmp_path)
    for name in ["dense.md", "dense.ko.md"]:
        page = root / "docs/layers" / name
        page.write_text(page.read_text() + f"\n<!-- diagram: {NO_MODEL} -->\n")
    line = len((root / "docs/layers/dense.md").read_text().splitlines())
    result = build(root, tmp_path / "cache")
    assert result.returncode != 0
    assert f"docs/layers/dense.md:{line}: draws {NO_MODEL}, which leaves no Keras model" in (
        result.stderr
    )
