"""The "About this site" page's quality table, from quality/results.json.

`python quality/budget.py` measures the built site and writes the JSON; the page shows
only what that run measured, with its date and versions.
"""

from __future__ import annotations

import json

from docs_tools.errors import DocsError
from docs_tools.paths import ROOT, display

RESULTS = ROOT / "quality" / "results.json"
PLACEHOLDER = "<!-- quality-results -->"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BUDGET = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
TEXT = {
    "en": {
        "header": "| Page | Performance | Accessibility | Best practices | SEO | Machine speed |",
        "budget": "Budget",
        "axe": "axe-core: {violations} violations on {pages} pages (both languages).",
        "links": "linkinator: {broken} broken internal links or anchors.",
        "runs": "Each page's row is the median of {runs} Lighthouse runs; their performance "
        "scores: {spread}. Machine speed is Lighthouse's benchmark index of the machine "
        "that measured (a busy machine scores lower, and so does performance).",
        "when": "Measured on {date} with Lighthouse (mobile) in Debian's Chromium; "
        "TensorFlow {tensorflow}, Keras {keras}, Python {python}.",
    },
    "ko": {
        "header": "| 페이지 | 성능 | 접근성 | 권장 사항 | 검색 엔진 최적화 | 기기 속도 |",
        "budget": "목표",
        "axe": "axe-core: 두 언어의 페이지 {pages}개에서 위반 {violations}건.",
        "links": "linkinator: 깨진 내부 링크와 앵커 {broken}개.",
        "runs": "각 행은 Lighthouse를 {runs}번 실행한 결과의 중앙값입니다. 실행별 성능 점수: "
        "{spread}. 기기 속도는 측정한 기기에 대한 Lighthouse의 벤치마크 지수입니다(기기가 "
        "바쁘면 이 값과 함께 성능 점수도 낮아집니다).",
        "when": "{date}에 Debian Chromium의 Lighthouse(모바일)로 측정했습니다. "
        "TensorFlow {tensorflow}, Keras {keras}, Python {python}.",
    },
}


class QualityError(DocsError):
    pass


def table(korean: bool) -> str:
    try:
        data = json.loads(RESULTS.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise QualityError(
            f"{display(RESULTS)}: {exc}; run `python quality/budget.py` to measure the site"
        ) from None
    text = TEXT["ko" if korean else "en"]
    rows = [text["header"], "| --- | --- | --- | --- | --- | --- |"]
    budget = " | ".join(("≥ " if BUDGET[c] < 100 else "") + str(BUDGET[c]) for c in CATEGORIES)
    rows.append(f"| *{text['budget']}* | {budget} | |")
    for page, scores in data["lighthouse"].items():
        cells = [str(scores[c]) for c in CATEGORIES] + [str(scores.get("benchmark-index", ""))]
        rows.append(f"| `{page}` | " + " | ".join(cells) + " |")
    runs = {page: scores.get("performance-runs") for page, scores in data["lighthouse"].items()}
    notes = []
    if all(runs.values()):
        spread = "; ".join(f"`{page}` {', '.join(map(str, r))}" for page, r in runs.items())
        notes.append(text["runs"].format(runs=len(next(iter(runs.values()))), spread=spread))
    notes += [
        text["axe"].format(violations=data["axe_violations"], pages=data["axe_pages"]),
        text["links"].format(broken=data["broken_links"]),
        text["when"].format(date=data["date"], **data["versions"]),
    ]
    return "\n".join(rows) + "\n\n" + "\n".join(f"- {n}" for n in notes)
