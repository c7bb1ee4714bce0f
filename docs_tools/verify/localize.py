"""Generated output in the page's language (korean-style.md, section 7).

Snippets print and draw in English, and both languages show the same snippets. What a
Korean page shows of their output goes through the one table below:

- tables: a snippet prints Markdown rows under the page's own (translated) header; on a
  Korean page and its notebook, a cell whose text is in the table is shown translated,
  its bold kept;
- figures: the verifier draws a Korean copy of each figure a snippet shows, with these
  words (korean_copy, called by docs_tools/verify/outputs.py).

Code (backticked values, class names) is never translated.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from docs_tools import verify

KOREAN = {
    # table cells (snippets/layers/cnn/layer_table.py and the other tables' total rows)
    "no weights": "가중치 없음",
    "total": "합계",
    # figure labels (snippets/training/digits/digits_plots.py, and scikit-learn's axes)
    "training": "학습 데이터",
    "validation": "검증 데이터",
    "epoch": "에포크",
    "loss": "손실",
    "accuracy": "정확도",
    "True label": "실제 숫자",
    "Predicted label": "모델이 고른 숫자",
}

CELL = re.compile(r"(?<=\|)([^|]*)(?=\|)")


def printed(snippet: Path, language: str) -> list[str]:
    """A snippet's verified output, as a page in `language` shows it."""
    lines = list(verify.parse(snippet).printed)
    return [_row(line) for line in lines] if language == "ko" else lines


def _row(line: str) -> str:
    return CELL.sub(lambda cell: _cell(cell[1]), line)


def _cell(text: str) -> str:
    inner = text.strip()
    bold = len(inner) > 4 and inner.startswith("**") and inner.endswith("**")
    word = inner[2:-2] if bold else inner
    if word not in KOREAN:
        return text
    return text.replace(inner, f"**{KOREAN[word]}**" if bold else KOREAN[word])


# Figures: each figure a snippet shows while it is verified is also drawn with its words
# translated (docs_tools.verify.outputs calls this in the verifying process), so the
# Korean notebook and page show a Korean copy without running the snippet again.
KOREAN_FIGURE = "application/x-korean-figure+json"
FONTS = ["Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "AppleGothic"]


def korean_copy(figure) -> str:
    """JSON: the figure as a PNG (base64) with its words in Korean, and the words left."""
    import base64
    import io

    from matplotlib.text import Text

    font = _hangul_font()
    if font is None:
        return json.dumps({"error": f"matplotlib finds none of the fonts {FONTS}"})
    texts = [t for t in figure.findobj(Text) if t.get_text()]
    kept = [(t, t.get_text(), t.get_fontfamily()) for t in texts]
    left = []
    try:
        for text in texts:
            if text.get_text() in KOREAN:
                text.set_text(KOREAN[text.get_text()])
                text.set_fontfamily([font])
            elif any(c.isascii() and c.isalpha() for c in text.get_text()):
                left.append(text.get_text())
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", bbox_inches="tight")  # as the English one
    finally:
        for text, value, family in kept:
            text.set_text(value)
            text.set_fontfamily(family)
    png = base64.b64encode(buffer.getvalue()).decode("ascii")
    return json.dumps({"png": png, "untranslated": left})


def _hangul_font() -> str | None:
    from matplotlib import font_manager

    for name in FONTS:
        try:
            font_manager.findfont(name, fallback_to_default=False)
        except ValueError:
            continue
        return name
    return None


def in_language(outputs: list[dict], language: str) -> list[dict]:
    """A cell's outputs as its notebook in `language` shows them: each figure's PNG is
    the Korean copy on a Korean page, and the copy itself is never saved."""
    found = []
    for output in outputs:
        data = output.get("data", {})
        if KOREAN_FIGURE in data:
            data = {key: value for key, value in data.items() if key != KOREAN_FIGURE}
            if language == "ko":
                data["image/png"] = json.loads(output["data"][KOREAN_FIGURE])["png"]
            output = {**output, "data": data}
        found.append(output)
    return found


def figure_problems(snippet: str, outputs: list[dict], expected: bool) -> list[str]:
    """Each figure must have a Korean copy with every word translated."""
    problems = []
    for output in outputs:
        data = output.get("data", {})
        if "image/png" not in data or not expected:
            continue
        if KOREAN_FIGURE not in data:
            problems.append(f"{snippet}:1: a figure it shows has no Korean copy")
            continue
        copy = json.loads(data[KOREAN_FIGURE])
        if "error" in copy:
            problems.append(
                f"{snippet}:1: cannot draw its figure in Korean: {copy['error']} "
                "(on Debian: apt-get install fonts-noto-cjk)"
            )
        for text in copy.get("untranslated", []):
            problems.append(
                f"{snippet}:1: its figure shows {text!r}, which docs_tools/verify/localize.py "
                "does not translate for the Korean page"
            )
    return problems
