"""Measure verification and build speed on this machine, as ratios against their floors.

    python benchmarks/build_speed.py

Runs everything in temporary copies of the project: the real snippet set, then one
4× larger (each snippet cloned three times with a comment line added, so every clone
has its own cache key). Prints one line per figure and writes benchmarks/results.json,
which the "Build speed" page shows.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docs_tools import project  # noqa: E402

BIN = Path(sys.executable).parent
TARGETS = {"cold_verify_vs_floor": 1.3, "warm_build_vs_unverified": 1.2}

FLOOR = """
import contextlib, io, sys
sys.path.insert(0, ".")
import keras
import tensorflow  # noqa: F401  (the one import every snippet needs)
from docs_tools import pages
for path in pages.included_snippets():
    keras.backend.clear_session(free_memory=False)  # snippets rely on fresh layer names
    sys.path.insert(0, str(path.parent))  # modules next to a snippet, as the verifier does
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(path.read_text(), str(path), "exec"), {"__name__": "__main__"})
    sys.path.remove(str(path.parent))
"""
VERIFY = """
import sys
sys.path.insert(0, ".")
from docs_tools import pages, verify
ran, failures = verify.check_all(pages.included_snippets(), use_cache=False)
assert not failures, failures
"""


def copy_project(target: Path, scale: int) -> int:
    project.copy(target, project.EVERYTHING)
    snippets = sorted(p for p in (target / "snippets").rglob("*.py"))
    includes = []
    for copy in range(1, scale):
        for snippet in snippets:
            clone = target / "snippets" / f"clone{copy}" / snippet.relative_to(target / "snippets")
            clone.parent.mkdir(parents=True, exist_ok=True)
            clone.write_text(f"# clone {copy}\n" + snippet.read_text())
            includes.append(f'```python\n--8<-- "{clone.relative_to(target).as_posix()}"\n```\n')
    if includes:
        for name in ("clones.md", "clones.ko.md"):
            (target / "docs" / name).write_text("# Clones\n\n" + "\n".join(includes))
        config = target / "mkdocs.yml"
        config.write_text(config.read_text() + "  - Clones: clones.md\n")
        # Record the new pair as translated, as an author would.
        mark = [sys.executable, "-m", "docs_tools.freshness", "--mark", "docs/clones.md"]
        subprocess.run(mark, cwd=target, check=True, capture_output=True)
    return len(snippets) * scale


def timed(command: list[str], cwd: Path, env: dict) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed:\n{result.stdout[-2000:]}{result.stderr[-3000:]}"
        )
    return elapsed, result


def median_of(runs: int, command: list[str], cwd: Path, env: dict) -> tuple[float, str]:
    times, log = [], ""
    for _ in range(runs):
        elapsed, result = timed(command, cwd, env)
        times.append(elapsed)
        log = result.stderr
    return statistics.median(times), log


def wait_for(url: str, marker: str, timeout: float = 120) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if marker in response.read().decode():
                    return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} never showed {marker!r}")


def measure_serve(root: Path, env: dict, port: int) -> dict:
    """Seconds from saving a file to `mkdocs serve` serving the rebuilt page."""
    server = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    snippet = root / "snippets/layers/dense/seed_model.py"
    page = root / "docs/layers/dense.md"
    # Put the edited files back afterwards: the test suite timed next checks them
    # (an edited snippet is stale in compat/matrix.json).
    originals = {path: path.read_text() for path in (snippet, page)}
    try:
        url = f"http://127.0.0.1:{port}/layers/dense/"
        wait_for(url, "seed_model.py")
        figures = {}
        for name, target in [("first_snippet_edit", snippet), ("second_snippet_edit", snippet)]:
            marker = f"edited for {name}"
            target.write_text(target.read_text() + f"# {marker}\n")
            figures[name] = wait_for(url, marker)
        marker = "edited for markdown_edit"
        page.write_text(page.read_text() + f"\n{marker}\n")
        figures["markdown_edit"] = wait_for(url, marker)
        return figures
    finally:
        server.terminate()
        server.wait(timeout=30)
        for path, text in originals.items():
            path.write_text(text)


def measure(root: Path, cache: Path, port: int, clones: bool) -> dict:
    env = {**os.environ, "DOCS_CACHE_DIR": str(cache), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("PYTEST_ADDOPTS", None)
    python, mkdocs = str(BIN / "python"), str(BIN / "mkdocs")
    figures = {}
    figures["floor"], _ = timed([python, "-c", FLOOR], root, env)
    figures["cold_verify"], _ = timed([python, "-c", VERIFY], root, env)
    shutil.rmtree(cache, ignore_errors=True)
    figures["cold_build"], _ = timed([mkdocs, "build"], root, env)
    figures["warm_build"], log = median_of(3, [mkdocs, "build"], root, env)
    figures["warm_build_imports_tensorflow"] = (
        "TensorFlow imported by the build process: yes" in log
    )
    skip = {**env, "DOCS_SKIP_VERIFY": "1"}
    # The switch warns, so strict mode (on in mkdocs.yml) would refuse it.
    figures["unverified_build"], _ = median_of(3, [mkdocs, "build", "--no-strict"], root, skip)
    figures.update(measure_serve(root, env, port))
    pytest = [str(BIN / "pytest"), "-q", "-p", "no:cacheprovider"]
    if clones:  # the clones are not in compat/matrix.json: no release runs them
        pytest += [
            "--deselect",
            "tests/test_compat.py::test_matrix_data_describes_the_current_snippets",
        ]
    figures["pytest"], result = timed(pytest, root, env)
    figures["pytest_summary"] = result.stdout.strip().splitlines()[-1]
    return figures


def ratios(figures: dict, snippets: int) -> dict:
    return {
        "cold_verify_vs_floor": figures["cold_verify"] / figures["floor"],
        "warm_build_vs_unverified": figures["warm_build"] / figures["unverified_build"],
        "first_snippet_edit_vs_warm_build": figures["first_snippet_edit"] / figures["warm_build"],
        "second_snippet_edit_vs_warm_build": figures["second_snippet_edit"] / figures["warm_build"],
        "markdown_edit_vs_warm_build": figures["markdown_edit"] / figures["warm_build"],
        "pytest_per_snippet": figures["pytest"] / snippets,
    }


def main() -> None:
    started = time.perf_counter()
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "versions": {name: version(name) for name in ("tensorflow", "keras", "mkdocs", "pytest")},
        "targets": TARGETS,
        "sets": {},
    }
    print(
        f"cores {report['cores']}, Python {report['python']}, "
        + ", ".join(f"{k} {v}" for k, v in report["versions"].items())
    )
    for label, scale, port in [("real", 1, 8731), ("4x", 4, 8732)]:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "project"
            snippets = copy_project(root, scale)
            figures = measure(root, Path(folder) / "cache", port, clones=scale > 1)
        report["sets"][label] = {
            "snippets": snippets,
            "seconds": {k: round(v, 2) for k, v in figures.items() if isinstance(v, float)},
            "ratios": {k: round(v, 2) for k, v in ratios(figures, snippets).items()},
            "warm_build_imports_tensorflow": figures["warm_build_imports_tensorflow"],
            "pytest_summary": figures["pytest_summary"],
        }
        print_set(label, report["sets"][label])
    report["benchmark_seconds"] = round(time.perf_counter() - started)
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote benchmarks/results.json in {report['benchmark_seconds']} s")


def print_set(label: str, data: dict) -> None:
    s, r = data["seconds"], data["ratios"]
    print(f"[{label}] {data['snippets']} snippets")
    for name, target in TARGETS.items():
        verdict = "met" if r[name] <= target else "NOT met"
        print(f"  {name}: {r[name]}x (target <= {target}x, {verdict})")
    print(
        f"  cold verify {s['cold_verify']} s, floor {s['floor']} s, cold build {s['cold_build']} s"
    )
    print(
        f"  warm build {s['warm_build']} s (TensorFlow imported: "
        f"{'yes' if data['warm_build_imports_tensorflow'] else 'no'}), "
        f"unverified build {s['unverified_build']} s"
    )
    for name in ("first_snippet_edit", "second_snippet_edit", "markdown_edit"):
        ratio = r[name + "_vs_warm_build"]
        print(f"  serve, {name.replace('_', ' ')} to page: {s[name]} s = {ratio}x warm build")
    per = r["pytest_per_snippet"]
    print(f"  pytest {s['pytest']} s ({data['pytest_summary']}), {per} s per snippet")


if __name__ == "__main__":
    sys.exit(main())
