"""Verify every snippet on each TensorFlow release from 2.16 to the pinned one.

    python -m docs_tools.compat.run                  # every release, then compat/matrix.json
    python -m docs_tools.compat.run --release 2.16   # one release's results (each CI job)
    python -m docs_tools.compat.run --merge-only     # compat/matrix.json from results measured

Each release gets its own virtual environment under `.cache/tf-matrix/venvs/`
(or `$TF_MATRIX_DIR`), installed from requirements.txt with only the TensorFlow and
Keras pins swapped, and reused while that recipe is unchanged. One process per
release runs the project's verifier on every snippet. Results are kept per release
in `.cache/tf-matrix/results/`, keyed by each snippet's content hash, so a rerun
measures only what changed and an interrupted run resumes with the next release.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from docs_tools import compat
from docs_tools.paths import ROOT, display

CACHE = Path(os.environ.get("TF_MATRIX_DIR", ROOT / ".cache" / "tf-matrix"))
SWAPPED = ("tensorflow", "keras")


def base_requirements() -> str:
    """requirements.txt's pins without those each release replaces. Comments and blank
    lines are left out: editing a comment must not reinstall six environments."""
    kept = []
    for text in compat.REQUIREMENTS.read_text("utf-8").splitlines():
        text = text.split("#", 1)[0].strip()
        match = compat.PIN.match(text)
        if text and not (match and match["name"].lower() in SWAPPED):
            kept.append(text)
    return "\n".join(kept) + "\n"


def recipe(release: compat.Release) -> dict:
    return {
        "tensorflow": release.tensorflow,
        "keras": release.keras,
        "requirements": base_requirements(),
    }


def environment(release: compat.Release) -> tuple[Path | None, str | None]:
    """The release's Python, installing its environment unless it matches the recipe."""
    env = CACHE / "venvs" / f"tf-{release.name}"
    python, marker = env / "bin" / "python", env / "tf-matrix-recipe.json"
    if python.exists() and marker.is_file() and json.loads(marker.read_text()) == recipe(release):
        return python, None
    print(f"  installing {display(env)} (TensorFlow {release.tensorflow}, Keras {release.keras})")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
    base = env / "requirements-base.txt"
    base.write_text(base_requirements())
    command = [str(python), "-m", "pip", "install", "-q", "-r", str(base)]
    command += [f"tensorflow=={release.tensorflow}", f"keras=={release.keras}"]
    done = subprocess.run(command, capture_output=True, text=True)
    (env / "install.log").write_text(done.stdout + done.stderr)
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if "Location 'file:" not in line]
        return None, "installing failed:\n" + "\n".join(errors[-15:])
    marker.write_text(json.dumps(recipe(release), indent=1))
    return python, None


def results_file(release: compat.Release, folder: Path) -> Path:
    return folder / f"tf-{release.name}.json"


def measure(release: compat.Release, hashes: dict[str, str], folder: Path) -> None:
    """Bring one release's results up to date with the current snippets."""
    path = results_file(release, folder)
    old = json.loads(path.read_text()) if path.is_file() else {}
    same_recipe = old.get("recipe") == recipe(release)
    kept = {
        name: entry
        for name, entry in old.get("snippets", {}).items()
        if same_recipe and hashes.get(name) == entry["sha256"] and entry["status"] != "not run"
    }
    todo = [name for name in hashes if name not in kept]
    if not todo:
        print(f"TensorFlow {release.name}: up to date, {len(kept)} snippets measured before")
        return
    print(f"TensorFlow {release.name}: {len(todo)} to run, {len(kept)} measured before")
    start = time.perf_counter()
    python, error = environment(release)
    installed = time.perf_counter()
    answer = {"versions": old.get("versions", {}), "seconds": None, "results": {}}
    if python:
        answer, error = run_worker(python, todo)
    found = answer["results"]
    for name in todo:
        outcome = found.get(name) or {"status": "not run", "detail": error or "no answer"}
        kept[name] = {"sha256": hashes[name], **outcome}
    record = {
        "release": release.name,
        "tensorflow_wanted": release.tensorflow,
        "keras_wanted": release.keras,
        "recipe": recipe(release),
        "versions": answer["versions"],
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%MZ"),
        "install_seconds": round(installed - start, 1),
        "run_seconds": answer["seconds"],
        "run_snippets": len(todo),
        "error": error,
        "snippets": dict(sorted(kept.items())),
    }
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
    counts = {s: sum(e["status"] == s for e in kept.values()) for s in compat.STATUSES}
    print(
        f"  {counts} in {time.perf_counter() - start:.0f} s (environment {installed - start:.0f} s)"
    )


def run_worker(python: Path, names: list[str]) -> tuple[dict, str | None]:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "TF_ENABLE_ONEDNN_OPTS": "0"}
    env.pop("PYTHONPATH", None)
    command = [str(python), "-m", "docs_tools.compat.worker", *names]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-10:])
        return {"versions": {}, "seconds": None, "results": {}}, f"the run crashed:\n{tail}"
    return json.loads(done.stdout), None


def merge(folder: Path, target: Path = compat.DATA) -> dict:
    """compat/matrix.json from the per-release results that match the current snippets."""
    hashes = compat.current_hashes()
    releases, snippets = [], {name: {"sha256": h, "results": {}} for name, h in hashes.items()}
    for release in compat.releases():
        path = results_file(release, folder)
        if not path.is_file():
            print(f"TensorFlow {release.name}: no results in {display(path)}")
            continue
        record = json.loads(path.read_text())
        keys = ("release", "tensorflow_wanted", "keras_wanted", "versions", "date", "error")
        keys += ("run_seconds", "run_snippets")
        releases.append({key: record.get(key) for key in keys})
        for name, entry in record["snippets"].items():
            if name in snippets and entry["sha256"] == hashes[name]:
                outcome = {k: v for k, v in entry.items() if k != "sha256"}
                snippets[name]["results"][release.name] = outcome
    data = {
        "command": compat.COMMAND,
        "measured": max((r["date"] for r in releases), default=None),
        "releases": releases,
        "snippets": snippets,
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--release", action="append", help="only this minor release, e.g. 2.16")
    parser.add_argument("--merge-only", action="store_true", help="measure nothing, only merge")
    parser.add_argument("--results", type=Path, default=CACHE / "results")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    known = [r.name for r in compat.releases()]
    unknown = sorted(set(args.release or []) - set(known))
    if unknown:
        parser.error(f"unknown release {unknown}; known: {known}")
    if not args.merge_only:
        hashes = compat.current_hashes()
        for release in compat.releases():
            if not args.release or release.name in args.release:
                measure(release, hashes, args.results)
    if args.release and not args.merge_only:
        # A CI job measures one release; the merge job (or --merge-only) writes the data,
        # so a partial run never replaces compat/matrix.json.
        print(f"Results in {display(args.results)}; `--merge-only` writes {display(compat.DATA)}")
        print(f"Wall time: {time.perf_counter() - start:.0f} s")
        return 0
    data = merge(args.results)
    problems = compat.stale(data)
    print(f"Wrote {display(compat.DATA)}: {len(data['releases'])} releases")
    for problem in problems[:10]:
        print(f"  not yet measured: {problem}")
    if len(problems) > 10:
        print(f"  … and {len(problems) - 10} more")
    print(f"Wall time: {time.perf_counter() - start:.0f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
