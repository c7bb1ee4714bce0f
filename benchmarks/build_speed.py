"""Measure the build and the CI run on this machine, as ratios against their floors.

    python benchmarks/build_speed.py               # the real content, then four times as much
    python benchmarks/build_speed.py --sets real   # the real content only (a quarter of the time)

Works in temporary copies of the project: the real content, then four times as much (each
page with snippets cloned three times, with its snippets, its Korean twin and its notebook;
every clone of a snippet has its own cache key). For each it measures:

- the floor: one process imports TensorFlow and runs every snippet once, nothing checked;
- a cold `mkdocs build` (empty cache), a warm one (nothing changed) and one that verifies
  nothing (`DOCS_SKIP_VERIFY=1`), and whether the warm one imported TensorFlow;
- what `.ci/run` runs after installing, from an empty cache: `pytest`, `ruff check`,
  `ruff format --check`, `mkdocs build --strict`; with how often each snippet's code ran.

Prints one line per figure and writes benchmarks/results.json (dated, with the commit and
the counts of snippets and notebooks), which the "Build speed" page shows.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docs_tools import (  # noqa: E402
    notebooks,
    project,
)
from docs_tools.content import pages  # noqa: E402
from docs_tools.verify import executions  # noqa: E402

BIN = Path(sys.executable).parent
SCALE = 4
# The budget: real content, and the four-times set against the real one.
TARGETS = {
    "cold_build_vs_floor": 1.5,
    "warm_build_vs_unverified": 1.2,
    "pytest_seconds": 300,
    "ci_seconds": 480,
    "executions_per_snippet": 1.0,
    "pytest_vs_real": 2.5,
    "ci_vs_real": 2.5,
}

# The tests of the results this script is about to write: the old file cannot pass them.
OWN_TESTS = ["--deselect=tests/test_benchmarks.py"]
# Tests that hold the real content to a fixed list, which clones cannot satisfy.
CLONE_DESELECT = [
    "--deselect=tests/test_compat.py::test_matrix_data_describes_the_current_snippets",
    "--deselect=tests/test_diagrams.py::test_every_model_page_and_the_cnn_page_has_a_diagram",
]

FLOOR = """
import contextlib, io, sys
sys.path.insert(0, ".")
import keras
import tensorflow  # noqa: F401  (the one import every snippet needs)
from docs_tools.content import pages
for path in pages.included_snippets():
    keras.backend.clear_session(free_memory=False)  # snippets rely on fresh layer names
    sys.path.insert(0, str(path.parent))  # modules next to a snippet, as the verifier does
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(path.read_text(), str(path), "exec"), {"__name__": "__main__"})
    sys.path.remove(str(path.parent))
"""


def clone_pages(target: Path, scale: int) -> None:
    """Add scale - 1 clones of every page that has a notebook, beside it in the navigation,
    with clones of its snippets (a first comment line makes each a new program); each
    clone gets its Korean twin and, by the notebook rule, its notebook."""
    config = target / "mkdocs.yml"
    text = config.read_text("utf-8")
    for page in notebooks.notebook_pages():
        relative = page.relative_to(ROOT / "docs")
        entry = re.search(rf"^(\s+)- ([^\n:]+): {re.escape(relative.as_posix())}$", text, re.M)
        lines = []
        for copy in range(1, scale):
            name = f"{relative.stem}-copy{copy}"
            for source in (page, pages.twin(page)):
                clone = (
                    target / "docs" / relative.parent / source.name.replace(relative.stem, name, 1)
                )
                clone.write_text(_retarget(target, source.read_text("utf-8"), copy), "utf-8")
            if entry:
                path = (relative.parent / f"{name}.md").as_posix()
                lines.append(f"{entry[1]}- {entry[2]} ({copy}): {path}\n")
        if entry:
            end = text.index("\n", entry.end()) + 1
            text = text[:end] + "".join(lines) + text[end:]
    config.write_text(text, "utf-8")
    for page in sorted((target / "docs").rglob("*-copy*.md")):
        if not page.name.endswith(".ko.md"):
            mark = [sys.executable, "-m", "docs_tools.content.freshness", "--mark"]
            subprocess.run([*mark, str(page.relative_to(target))], cwd=target, check=True)


def _retarget(target: Path, text: str, copy: int) -> str:
    """The page's text with each snippet it names replaced by that snippet's clone."""

    def clone(match: re.Match) -> str:
        snippet = match[0]
        source = target / snippet
        copied = target / "snippets" / f"copy{copy}" / Path(snippet).relative_to("snippets")
        if not copied.parent.exists():  # the whole folder: snippets import their neighbours
            shutil.copytree(source.parent, copied.parent)
            for path in copied.parent.glob("*.py"):
                path.write_text(f"# copy {copy}\n" + path.read_text("utf-8"), "utf-8")
        return copied.relative_to(target).as_posix()

    return re.sub(r"snippets/[\w/.-]+\.py", clone, text)


def timed(command: list[str], cwd: Path, env: dict) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return elapsed, result


def median_of(runs: int, command: list[str], cwd: Path, env: dict) -> tuple[float, str]:
    times, log = [], ""
    for _ in range(runs):
        elapsed, result = timed(command, cwd, env)
        times.append(elapsed)
        log = result.stderr
    return statistics.median(times), log


def measure(root: Path, folder: Path, deselect: list[str], ci_run: bool = True) -> dict:
    env = {**os.environ, "DOCS_CACHE_DIR": str(folder / "cache"), "NO_MKDOCS_2_WARNING": "1"}
    for name in ("PYTEST_ADDOPTS", executions.VARIABLE, "DOCS_VERIFY_ORDER"):
        env.pop(name, None)
    python, mkdocs = str(BIN / "python"), str(BIN / "mkdocs")
    figures = {}
    figures["floor"], _ = timed([python, "-c", FLOOR], root, env)
    figures["cold_build"], _ = timed([mkdocs, "build"], root, env)
    figures["warm_build"], log = median_of(3, [mkdocs, "build"], root, env)
    figures["warm_build_imports_tensorflow"] = "imported by the build process: no" not in log
    skip = {**env, "DOCS_SKIP_VERIFY": "1"}
    # The switch warns, so strict mode (on in mkdocs.yml) would refuse it.
    figures["unverified_build"], _ = median_of(3, [mkdocs, "build", "--no-strict"], root, skip)
    if not ci_run:
        return figures
    # What .ci/run does after installing, from an empty cache.
    log = folder / "executions.log"
    ci = {**env, "DOCS_CACHE_DIR": str(folder / "ci-cache"), executions.VARIABLE: str(log)}
    pytest = [str(BIN / "pytest"), "-q", "-p", "no:cacheprovider", *OWN_TESTS, *deselect]
    figures["pytest"], result = timed(pytest, root, ci)
    figures["pytest_summary"] = result.stdout.strip().splitlines()[-1]
    lint = (["check", "."], ["format", "--check", "."])
    figures["lint"] = sum(timed([str(BIN / "ruff"), *args], root, ci)[0] for args in lint)
    figures["strict_build"], _ = timed([mkdocs, "build", "--strict"], root, ci)
    figures["ci"] = figures["pytest"] + figures["lint"] + figures["strict_build"]
    runs = executions.counts(log, root / "snippets")
    figures["executions"] = sum(runs.values())
    figures["most_executions"] = max(runs.values(), default=0)
    return figures


def ratios(figures: dict, snippets: int, real: dict | None) -> dict:
    found = {
        "cold_build_vs_floor": figures["cold_build"] / figures["floor"],
        "warm_build_vs_unverified": figures["warm_build"] / figures["unverified_build"],
    }
    if "executions" not in figures:  # --no-ci
        return found
    found["executions_per_snippet"] = figures["executions"] / snippets
    if real and "pytest" in real["seconds"]:
        found["pytest_vs_real"] = figures["pytest"] / real["seconds"]["pytest"]
        found["ci_vs_real"] = figures["ci"] / real["seconds"]["ci"]
    return found


def counts(root: Path) -> dict:
    """Snippets and notebook pages of a copy (English pages; each has a Korean twin)."""
    snippets = [p for p in (root / "snippets").rglob("*.py") if p.name != "__init__.py"]
    found = notebooks.notebook_pages(root / "docs", root / "mkdocs.yml")
    return {"snippets": len(snippets), "notebooks": len(found)}


def commit() -> str:
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True)
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True)
    return head.stdout.decode().strip() + (" (with uncommitted changes)" if dirty.stdout else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="real,4x", help="which sets to measure: real,4x")
    parser.add_argument("--no-ci", action="store_true", help="builds only, not the CI run")
    args = parser.parse_args()
    wanted = args.sets.split(",")
    unknown = sorted(set(wanted) - {"real", "4x"})
    if unknown or ("4x" in wanted and "real" not in wanted):
        parser.error(f"--sets: real, or real,4x (the 4x ratios need the real set), not {unknown}")
    started = time.perf_counter()
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "commit": commit(),
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "versions": {name: version(name) for name in ("tensorflow", "keras", "mkdocs", "pytest")},
        "targets": TARGETS,
        "sets": {},
    }
    print(
        f"commit {report['commit']}, cores {report['cores']}, Python {report['python']}, "
        + ", ".join(f"{k} {v}" for k, v in report["versions"].items())
    )
    for label, scale in [("real", 1), ("4x", SCALE)][: len(wanted)]:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "project"
            project.copy(root, project.EVERYTHING)
            if scale > 1:
                clone_pages(root, scale)
            found = counts(root)
            deselect = CLONE_DESELECT if scale > 1 else []
            figures = measure(root, Path(folder), deselect, not args.no_ci)
        real = report["sets"].get("real")
        report["sets"][label] = {
            **found,
            "seconds": {k: round(v, 1) for k, v in figures.items() if isinstance(v, float)},
            "ratios": {k: round(v, 2) for k, v in ratios(figures, found["snippets"], real).items()},
            "warm_build_imports_tensorflow": figures["warm_build_imports_tensorflow"],
            **{
                k: figures[k]
                for k in ("executions", "most_executions", "pytest_summary")
                if k in figures
            },
        }
        print_set(label, report["sets"][label])
    report["benchmark_seconds"] = round(time.perf_counter() - started)
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote benchmarks/results.json in {report['benchmark_seconds']} s")


def print_set(label: str, data: dict) -> None:
    s, r = data["seconds"], data["ratios"]
    print(f"[{label}] {data['snippets']} snippets, {data['notebooks']} notebooks per language")
    for name, value in r.items():
        target = TARGETS[name]
        print(f"  {name}: {value} (target <= {target}, {'met' if value <= target else 'NOT met'})")
    for name, value in s.items():
        print(f"  {name}: {value} s")
    print(f"  warm build imports TensorFlow: {data['warm_build_imports_tensorflow']}")
    if "pytest_summary" in data:
        print(f"  pytest: {data['pytest_summary']}; snippet executions {data['executions']}")


if __name__ == "__main__":
    sys.exit(main())
