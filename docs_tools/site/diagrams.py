"""Model diagrams: `<!-- diagram: snippets/x.py -->` becomes a drawing of the model x.py builds.

The drawing comes from the structure recorded when the snippet was verified
(docs_tools/verify/model_structure.py, kept in its cache entry), so it shows exactly the
model the checked program built, and a warm build draws it without TensorFlow.
Each diagram is an SVG (a vertical stack of layers that scales with the page)
with a caption and a table of the same layers as its text alternative.

Markdown only keeps raw HTML as it is at the start of a line, not indented inside a
tab, so the marker becomes a plain-text token first (`insert_diagrams`, on the
page's Markdown, where its line is known) and the token becomes the figure in the
finished HTML (`place_diagrams`).
"""

from __future__ import annotations

import hashlib
import re
from html import escape
from pathlib import Path

from docs_tools.content import pages
from docs_tools.errors import DocsError
from docs_tools.paths import ROOT, display
from docs_tools.verify import cache


class DiagramError(DocsError):
    """A diagram marker that cannot be drawn; the message names page and line."""


TEXT = {
    "en": {
        "caption": "The model built by <code>{name}</code> ({cls}): {count} layers, "
        "{params} parameters.",
        "stamp": "Drawn at build time from the model this program built when it was "
        "verified with TensorFlow {tensorflow} and Keras {keras}.",
        "subclassed": " A subclassed model keeps no graph of its calls: its layers are listed "
        "in the order <code>__init__</code> creates them, with the shape each was built for.",
        "summary": "The same model as a table",
        "headers": ("Layer", "Type", "Output shape", "Parameters", "Input from"),
        "params": "{} params",
        "shared": "shared, counted above",
        "output": "output {}",
        "unknown": "not recorded",
    },
    "ko": {
        "caption": "<code>{name}</code> 파일이 만든 모델({cls})입니다. 레이어 {count}개, "
        "파라미터 {params}개입니다.",
        "stamp": "TensorFlow {tensorflow}, Keras {keras}로 이 프로그램을 실행해 검증할 때 "
        "만들어진 모델을 빌드 시점에 그렸습니다.",
        "subclassed": " 서브클래싱으로 만든 모델은 호출 그래프를 남기지 않으므로, 레이어를 "
        "<code>__init__</code>에서 만든 순서대로 각 레이어가 빌드된 형태와 함께 보여 줍니다.",
        "summary": "같은 모델을 표로 보기",
        "headers": ("레이어", "종류", "출력 형태", "파라미터", "입력"),
        "params": "파라미터 {}개",
        "shared": "공유, 위에서 셈",
        "output": "출력 {}",
        "unknown": "기록 없음",
    },
}

BOX_WIDTH, BOX_HEIGHT, GAP, MARGIN, LANE = 300, 46, 24, 8, 12

TOKEN = re.compile(r"<p>(MODELDIAGRAM[0-9a-f]{16})</p>")


def insert_diagrams(markdown: str, page: Path, language: str, figures: dict[str, str]) -> str:
    """Replace every diagram marker in a page's Markdown with a token, and keep the token's
    figure in `figures` (the build's) for place_diagrams."""
    out, markers = [], iter(inc for inc in pages.includes(page) if inc.kind == "diagram")
    for text in markdown.splitlines():
        match = pages.DIAGRAM.match(text)
        if not match:
            out.append(text)
            continue
        # The page's own line, whatever MkDocs stripped (front matter) before this hook.
        where = next(markers, None)
        where = where.where if where else display(page)
        model = _recorded_model(match["target"], where)
        html = figure(model, match["target"], language)
        token = "MODELDIAGRAM" + hashlib.sha256(html.encode()).hexdigest()[:16]
        figures[token] = html
        indent = text[: len(text) - len(text.lstrip())]  # inside a tab or admonition
        out += ["", indent + token, ""]
    return "\n".join(out) + "\n"


def place_diagrams(html: str, figures: dict[str, str]) -> str:
    """Put each figure where insert_diagrams left its token (a paragraph of its own)."""
    return TOKEN.sub(lambda match: figures[match[1]], html)


def _recorded_model(target: str, where: str) -> dict:
    path = ROOT / target
    if not path.is_file():
        raise DiagramError(f"{where}: draws {target}, which does not exist")
    record = cache.record(path)
    if record is None:
        raise DiagramError(f"{where}: draws {target}, which has not passed verification")
    model = record.get("model")
    if model is None:
        raise DiagramError(f"{where}: draws {target}, which leaves no Keras model in `model`")
    if "error" in model:
        raise DiagramError(f"{where}: cannot read the model of {target}: {model['error']}")
    return model


def figure(model: dict, target: str, language: str) -> str:
    """The SVG, its caption and the table, as one block of HTML (no blank lines)."""
    words = TEXT[language]
    nodes = model["nodes"]
    layers = [n for n in nodes if n["class"] != "InputLayer" and n["params"] is not None]
    caption = words["caption"].format(
        name=escape(target.removeprefix("snippets/")),
        cls=escape(model["class"]),
        count=len(layers),
        params=model["params"],
    )
    if model["kind"] == "layers":
        caption += words["subclassed"]
    ident = "diagram-" + target.removeprefix("snippets/").removesuffix(".py").replace("/", "-")
    return (
        f'<figure class="model-diagram" id="{escape(ident)}">'
        f"{svg(nodes, model['kind'] == 'graph', words, ident)}"
        f'<figcaption id="{escape(ident)}-caption">{caption}</figcaption>'
        f"{table(nodes, words)}"
        f'<p class="snippet-verified">{words["stamp"].format(**cache.versions())}</p></figure>'
    )


def svg(nodes: list[dict], connected: bool, words: dict, ident: str) -> str:
    """Boxes stacked top to bottom; an arrow joins a layer to the one above it that feeds
    it, and any other input arrives by a line in a lane on the right."""
    skips = [
        (source, target)
        for target, node in enumerate(nodes)
        for source in (node["inputs"] or [])
        if source != target - 1
    ]
    width = MARGIN * 2 + BOX_WIDTH + (LANE * (len(skips) + 1) if skips else 0)
    height = MARGIN * 2 + len(nodes) * BOX_HEIGHT + (len(nodes) - 1) * GAP
    parts = [
        f'<svg class="model-diagram__svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{escape(ident)}-caption" '
        # A width attribute, not a style: the pages' Content-Security-Policy blocks
        # inline styles. CSS caps it at the column's width on a phone.
        f'width="{width * 1.25:.0f}" height="{height * 1.25:.0f}">',
        f'<defs><marker id="{escape(ident)}-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" class="model-diagram__head"/></marker></defs>',
    ]
    arrow = f'marker-end="url(#{escape(ident)}-arrow)"'
    for number, node in enumerate(nodes):
        top = MARGIN + number * (BOX_HEIGHT + GAP)
        kind = "input" if node["class"] == "InputLayer" else "layer"
        parts.append(
            f'<rect class="model-diagram__box model-diagram__box--{kind}" x="{MARGIN}" '
            f'y="{top}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="6"/>'
        )
        parts.append(
            f'<text x="{MARGIN + 10}" y="{top + 19}" class="model-diagram__name">'
            f"{escape(node['name'])}"
            f'<tspan class="model-diagram__class"> · {escape(node["class"])}</tspan></text>'
        )
        parts.append(
            f'<text x="{MARGIN + 10}" y="{top + 37}" class="model-diagram__shape">'
            f"{escape(_details(node, words))}</text>"
        )
        if connected and number > 0 and number - 1 in (node["inputs"] or []):
            parts.append(
                f'<line class="model-diagram__edge" x1="{MARGIN + BOX_WIDTH / 2}" '
                f'y1="{top - GAP}" x2="{MARGIN + BOX_WIDTH / 2}" y2="{top - 1}" {arrow}/>'
            )
    for lane, (source, target) in enumerate(skips, start=1):
        x = MARGIN + BOX_WIDTH + LANE * lane
        y1 = MARGIN + source * (BOX_HEIGHT + GAP) + BOX_HEIGHT / 2 - 6 + lane % 3 * 6
        y2 = MARGIN + target * (BOX_HEIGHT + GAP) + BOX_HEIGHT / 2 - 6 + lane % 3 * 6
        parts.append(
            f'<path class="model-diagram__edge" fill="none" '
            f'd="M{MARGIN + BOX_WIDTH},{y1} H{x} V{y2} H{MARGIN + BOX_WIDTH + 1}" {arrow}/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _details(node: dict, words: dict) -> str:
    shape = words["output"].format(node["shape"] or words["unknown"])
    if node["class"] == "InputLayer":
        return shape
    params = words["shared"] if node["params"] is None else words["params"].format(node["params"])
    return f"{shape} · {params}"


def table(nodes: list[dict], words: dict) -> str:
    headers = "".join(f"<th>{escape(h)}</th>" for h in words["headers"])
    rows = []
    for node in nodes:
        params = words["shared"] if node["params"] is None else str(node["params"])
        names = (escape(nodes[i]["name"]) for i in node["inputs"] or [])
        sources = ", ".join(f"<code>{name}</code>" for name in names)  # layer names are code
        cells = [
            f"<code>{escape(node['name'])}</code>",
            escape(node["class"]),
            f"<code>{escape(node['shape'] or words['unknown'])}</code>",
            escape(params),
            sources if node["inputs"] is not None else escape(words["unknown"]),
        ]
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    return (
        f'<details class="model-diagram__table"><summary>{escape(words["summary"])}</summary>'
        f"<table><thead><tr>{headers}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</details>"
    )
