"""The "Build speed" page's table, from benchmarks/results.json.

`python benchmarks/build_speed.py` writes the JSON; the page never states a figure
the benchmark did not measure.
"""

from __future__ import annotations

import json
from pathlib import Path

from docs_tools.errors import DocsError
from docs_tools.paths import ROOT, display

RESULTS = ROOT / "benchmarks" / "results.json"
PLACEHOLDER = "<!-- benchmark-results -->"

# (key in a set's "seconds" or "ratios", English label, Korean label, target key or None)
ROWS = [
    (
        "seconds.floor",
        "Floor: run every snippet once, no checks (s)",
        "기준: 검사 없이 모든 예제를 한 번 실행(초)",
        None,
    ),
    (
        "seconds.cold_build",
        "Cold `mkdocs build`, empty cache (s)",
        "캐시 없는 `mkdocs build`(초)",
        None,
    ),
    (
        "ratios.cold_build_vs_floor",
        "Cold build ÷ floor",
        "캐시 없는 빌드 ÷ 기준",
        "cold_build_vs_floor",
    ),
    (
        "seconds.warm_build",
        "Warm `mkdocs build`, nothing changed (s)",
        "바뀐 것 없는 `mkdocs build`(초)",
        None,
    ),
    ("seconds.unverified_build", "Build with verification off (s)", "검증을 끈 빌드(초)", None),
    (
        "ratios.warm_build_vs_unverified",
        "Warm build ÷ build with verification off",
        "바뀐 것 없는 빌드 ÷ 검증을 끈 빌드",
        "warm_build_vs_unverified",
    ),
    ("seconds.pytest", "`pytest`, empty cache (s)", "캐시 없는 `pytest`(초)", "pytest_seconds"),
    (
        "seconds.ci",
        "CI run: `pytest`, lint, strict build (s)",
        "CI 실행: `pytest`, 린트, 엄격 빌드(초)",
        "ci_seconds",
    ),
    (
        "ratios.pytest_vs_real",
        "`pytest` ÷ the real set's",
        "`pytest` ÷ 실제 묶음의 `pytest`",
        "pytest_vs_real",
    ),
    ("ratios.ci_vs_real", "CI run ÷ the real set's", "CI 실행 ÷ 실제 묶음의 CI 실행", "ci_vs_real"),
    (
        "ratios.executions_per_snippet",
        "Runs of each snippet in the CI run",
        "CI 실행에서 예제 하나가 실행된 횟수",
        "executions_per_snippet",
    ),
]
# Targets that apply to one set only.
SET_OF_TARGET = {
    "pytest_seconds": "real",
    "ci_seconds": "real",
    "pytest_vs_real": "4x",
    "ci_vs_real": "4x",
}
SET_NAMES_KO = {"real": "실제 묶음", "4x": "네 배 묶음"}


class BenchmarkError(DocsError):
    pass


def table(korean: bool, path: Path = RESULTS) -> str:
    if not path.is_file():
        raise BenchmarkError(f"{display(path)} is missing; run `python benchmarks/build_speed.py`")
    data = json.loads(path.read_text("utf-8"))
    sets = data["sets"]
    names = list(sets)
    commit = data.get("commit", "—")
    if korean:
        head = ["측정 항목", *(_set_head_ko(n, sets[n]) for n in names), "목표"]
        lead = (
            f"{data['date']}에 커밋 `{commit}`에서 측정, CPU 코어 {data['cores']}개, "
            f"Python {data['python']}, TensorFlow {data['versions']['tensorflow']}, "
            f"Keras {data['versions']['keras']}."
        )
    else:
        head = ["Measure", *(_set_head(n, sets[n]) for n in names), "Target"]
        lead = (
            f"Measured on {data['date']} at commit `{commit}`, {data['cores']} CPU cores, "
            f"Python {data['python']}, TensorFlow {data['versions']['tensorflow']}, "
            f"Keras {data['versions']['keras']}."
        )
    rows = [lead, "", "| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for key, english, korean_label, target in ROWS:
        group, name = key.split(".")
        cells = [_cell(sets[n][group].get(name)) for n in names]
        rows.append(
            f"| {korean_label if korean else english} | "
            + " | ".join(cells)
            + f" | {_goal(data, target, korean)} |"
        )
    label = "바뀐 것 없는 빌드가 TensorFlow를 불러옴" if korean else "Warm build imports TensorFlow"
    yes, no = ("예", "아니요") if korean else ("yes", "no")
    flags = [yes if sets[n]["warm_build_imports_tensorflow"] else no for n in names]
    rows.append(f"| {label} | " + " | ".join(flags) + f" | {no} |")
    return "\n".join(rows)


# A results file from an older benchmark shows what it measured, and "—" for the rest;
# tests/test_benchmarks.py asks for a current one.
def _set_head(name: str, data: dict) -> str:
    return f"{name} ({data['snippets']} snippets, {data.get('notebooks', '—')} notebooks)"


def _set_head_ko(name: str, data: dict) -> str:
    notebooks = data.get("notebooks", "—")
    return f"{SET_NAMES_KO.get(name, name)} (예제 {data['snippets']}개, 노트북 {notebooks}개)"


def _cell(value) -> str:
    return "—" if value is None else f"{value:g}"


def _goal(data: dict, target: str | None, korean: bool) -> str:
    if target is None:
        return ""
    if target not in data["targets"]:
        return "—"
    goal = f"≤ {data['targets'][target]:g}"
    only = SET_OF_TARGET.get(target)
    if only:
        where = SET_NAMES_KO[only] if korean else f"{only} set"
        goal += f" ({where})"
    return goal
