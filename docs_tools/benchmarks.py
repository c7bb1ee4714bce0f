"""The "Build speed" page's table, from benchmarks/results.json.

`python benchmarks/build_speed.py` writes the JSON; the page never states a figure
the benchmark did not measure.
"""

from __future__ import annotations

import json
from pathlib import Path

from docs_tools.paths import ROOT, display

RESULTS = ROOT / "benchmarks" / "results.json"
PLACEHOLDER = "<!-- benchmark-results -->"

# (key in "seconds" or "ratios", English label, Korean label, target key or None)
ROWS = [
    (
        "seconds.floor",
        "Floor: run every snippet, no checks (s)",
        "기준: 검사 없이 모든 예제 실행(초)",
        None,
    ),
    (
        "seconds.cold_verify",
        "Cold verification of every snippet (s)",
        "캐시 없이 모든 예제 검증(초)",
        None,
    ),
    (
        "ratios.cold_verify_vs_floor",
        "Cold verification ÷ floor",
        "캐시 없는 검증 ÷ 기준",
        "cold_verify_vs_floor",
    ),
    (
        "seconds.cold_build",
        "Cold `mkdocs build` (s)",
        "캐시 없는 `mkdocs build`(초)",
        None,
    ),
    (
        "seconds.warm_build",
        "Warm `mkdocs build`, nothing changed (s)",
        "바뀐 것 없는 `mkdocs build`(초)",
        None,
    ),
    (
        "seconds.unverified_build",
        "Build with verification off (s)",
        "검증을 끈 빌드(초)",
        None,
    ),
    (
        "ratios.warm_build_vs_unverified",
        "Warm build ÷ unverified build",
        "바뀐 것 없는 빌드 ÷ 검증을 끈 빌드",
        "warm_build_vs_unverified",
    ),
    (
        "seconds.first_snippet_edit",
        "`mkdocs serve`: first snippet edit → page (s)",
        "`mkdocs serve`: 첫 예제 수정 → 페이지(초)",
        None,
    ),
    (
        "seconds.second_snippet_edit",
        "`mkdocs serve`: next snippet edit → page (s)",
        "`mkdocs serve`: 다음 예제 수정 → 페이지(초)",
        None,
    ),
    (
        "seconds.markdown_edit",
        "`mkdocs serve`: Markdown edit → page (s)",
        "`mkdocs serve`: Markdown 수정 → 페이지(초)",
        None,
    ),
    (
        "ratios.second_snippet_edit_vs_warm_build",
        "Next snippet edit ÷ warm build",
        "다음 예제 수정 ÷ 바뀐 것 없는 빌드",
        None,
    ),
    (
        "seconds.pytest",
        "Full `pytest` suite (s)",
        "전체 `pytest`(초)",
        None,
    ),
    (
        "ratios.pytest_per_snippet",
        "`pytest` per snippet (s)",
        "예제 하나당 `pytest`(초)",
        None,
    ),
]


class BenchmarkError(Exception):
    pass


def table(korean: bool, path: Path = RESULTS) -> str:
    if not path.is_file():
        raise BenchmarkError(f"{display(path)} is missing; run `python benchmarks/build_speed.py`")
    data = json.loads(path.read_text("utf-8"))
    sets = data["sets"]
    names = list(sets)
    if korean:
        sets_ko = {"real": "실제 묶음", "4x": "네 배 묶음"}  # the set names in Korean
        head = [
            "측정 항목",
            *(f"{sets_ko.get(n, n)} (예제 {sets[n]['snippets']}개)" for n in names),
        ]
        head.append("목표")
        lead = (
            f"{data['date']}에 측정, CPU 코어 {data['cores']}개, Python {data['python']}, "
            f"TensorFlow {data['versions']['tensorflow']}, Keras {data['versions']['keras']}."
        )
    else:
        head = ["Measure", *(f"{n} ({sets[n]['snippets']} snippets)" for n in names), "Target"]
        lead = (
            f"Measured on {data['date']}, {data['cores']} CPU cores, Python {data['python']}, "
            f"TensorFlow {data['versions']['tensorflow']}, Keras {data['versions']['keras']}."
        )
    rows = [lead, "", "| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for key, english, korean_label, target in ROWS:
        group, name = key.split(".")
        cells = [f"{sets[n][group][name]:g}" for n in names]
        goal = f"≤ {data['targets'][target]:g}" if target else ""
        rows.append(
            f"| {korean_label if korean else english} | " + " | ".join(cells) + f" | {goal} |"
        )
    label = "TensorFlow를 불러옴" if korean else "Warm build imports TensorFlow"
    yes, no = ("예", "아니요") if korean else ("yes", "no")
    flags = [yes if sets[n]["warm_build_imports_tensorflow"] else no for n in names]
    rows.append(f"| {label} | " + " | ".join(flags) + f" | {no} |")
    return "\n".join(rows)
