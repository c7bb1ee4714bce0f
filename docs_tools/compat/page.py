"""What the site says about other TensorFlow releases, all made from compat/matrix.json.

Under each code block: one sentence naming the releases it runs on, and for each
older release where it does not, a collapsed note with the recorded diff or error.
On the "Compatibility" page: the releases measured and one table per page.
"""

from __future__ import annotations

import html
from pathlib import Path

import yaml

from docs_tools import compat
from docs_tools.content import pages
from docs_tools.paths import DOCS, ROOT, display
from docs_tools.verify import cache

PLACEHOLDER = "<!-- compat-matrix -->"
NOTES = ROOT / "compat" / "notes.yml"

WORDS = {
    "en": {
        "all": "Runs with the same output on TensorFlow {span}",
        "pass": "Same output on TensorFlow {span}",
        "differs": "output differs on {span}",
        "raises": "raises on {span}",
        "not run": "could not run on {span}",
        "unmeasured": "Not yet measured on other TensorFlow releases in this version",
        "link": "compatibility",
        "title differs": "Output differs on TensorFlow {span}",
        "title raises": "Raises on TensorFlow {span}",
        "title not run": "Could not run on TensorFlow {span}",
        "recorded": "Recorded with TensorFlow {tensorflow} and Keras {keras} on {date}.",
        "same": "Every release in the title recorded exactly this.",
    },
    "ko": {
        "all": "TensorFlow {span}에서 같은 출력으로 실행됩니다",
        "pass": "TensorFlow {span}에서 같은 출력입니다",
        "differs": "{span}에서는 출력이 다릅니다",
        "raises": "{span}에서는 예외가 발생합니다",
        "not run": "{span}에서는 실행하지 못했습니다",
        "unmeasured": "이 버전의 예제는 다른 TensorFlow 릴리스에서 아직 측정하지 않았습니다",
        "link": "호환성",
        "title differs": "TensorFlow {span}에서는 출력이 다릅니다",
        "title raises": "TensorFlow {span}에서는 예외가 발생합니다",
        "title not run": "TensorFlow {span}에서는 실행하지 못했습니다",
        "recorded": "{date}에 TensorFlow {tensorflow}, Keras {keras}로 기록한 결과입니다.",
        "same": "제목에 적은 다른 릴리스에서도 똑같이 기록되었습니다.",
    },
}
VERSIONS = ["TensorFlow", "Keras", "NumPy", "Python"]
RELEASE_HEAD = {
    "en": ["Release", *VERSIONS, "Measured", "Last run: s (snippets)"],
    "ko": ["릴리스", *VERSIONS, "측정일", "마지막 실행: 초(예제 수)"],
}
SYMBOL = {"pass": "✓", "differs": "≠", "raises": "✗", "not run": "–", None: "?"}

_loaded: dict = {}


def _fresh(path: Path, read):
    """`read(path)`, read again only when the file changed (under `mkdocs serve`)."""
    stamp = path.stat().st_mtime_ns if path.is_file() else None
    if path not in _loaded or _loaded[path][0] != stamp:
        _loaded[path] = (stamp, read(path))
    return _loaded[path][1]


def data() -> dict:
    return _fresh(compat.DATA, compat.load)


def notes() -> dict:
    return _fresh(NOTES, lambda p: yaml.safe_load(p.read_text("utf-8")) if p.is_file() else {})


def results(name: str) -> dict | None:
    """Per-release outcomes of the snippet as it is now, or None if not measured."""
    path = ROOT / name
    entry = data()["snippets"].get(name)
    if not path.is_file() or not entry:
        return None
    return entry["results"] if entry["sha256"] == _snippet_hash(path) else None


# snippet -> (the files its hash covers, their modification times, the hash)
_hashes: dict[Path, tuple[list[Path], list, str]] = {}


def _stamps(files: list[Path]) -> list:
    return [file.stat().st_mtime_ns if file.is_file() else None for file in files]


def _snippet_hash(path: Path) -> str:
    """compat.snippet_hash, computed again only when the snippet or a file it imports
    changed (under `mkdocs serve`); the files are stat'ed, not read."""
    files, stamps, digest = _hashes.get(path, ([], [], ""))
    if not files or _stamps(files) != stamps:
        files = [path, *cache.local_imports(path)]
        stamps = _stamps(files)  # before reading: a change while hashing is seen next time
        digest = compat.snippet_hash(path)
        _hashes[path] = (files, stamps, digest)
    return digest


def span(names: list[str]) -> str:
    """ "2.16–2.18, 2.20" for releases in the matrix's order."""
    order = [r["release"] for r in data()["releases"]]
    runs: list[list[str]] = []
    for name in sorted(names, key=order.index):
        if runs and order.index(name) == order.index(runs[-1][-1]) + 1:
            runs[-1].append(name)
        else:
            runs.append([name])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def by_status(outcomes: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for release in data()["releases"]:
        status = outcomes.get(release["release"], {}).get("status")
        found.setdefault(status or "not run", []).append(release["release"])
    return found


def summary(name: str, language: str, href: str) -> str:
    """One sentence (HTML) for under a code block."""
    words = WORDS[language]
    # Korean puts the parenthesis right after the word: 실행됩니다(호환성).
    link = ("" if language == "ko" else " ") + f'(<a href="{href}">{words["link"]}</a>)'
    outcomes = results(name)
    if outcomes is None:
        return f"{words['unmeasured']}{link}."
    groups = by_status(outcomes)
    if set(groups) == {"pass"}:
        return f"{words['all'].format(span=span(groups['pass']))}{link}."
    parts = [words["pass"].format(span=span(groups["pass"]))] if "pass" in groups else []
    parts += [words[s].format(span=span(groups[s])) for s in compat.STATUSES[1:] if s in groups]
    return (". " if language == "ko" else "; ").join(parts) + f"{link}."


def notes_markdown(name: str, language: str, indent: str = "") -> list[str]:
    """A collapsed admonition per group of releases that share one recorded difference."""
    outcomes = results(name)
    if outcomes is None:
        return []
    words, releases = WORDS[language], {r["release"]: r for r in data()["releases"]}
    groups: dict[tuple[str, str], list[str]] = {}
    for release in releases:
        outcome = outcomes.get(release, {"status": "not run", "detail": "no result recorded"})
        if outcome["status"] != "pass":
            groups.setdefault((outcome["status"], outcome.get("detail", "")), []).append(release)
    explained = notes().get(name, {})
    out = []
    for (status, detail), names in groups.items():
        first = releases[names[0]]
        versions = first.get("versions") or {}
        title = words[f"title {status}"].format(span=span(names))
        out += ["", f'{indent}??? note "{title}"', ""]
        if explained.get(language):
            out += [f"{indent}    {explained[language].strip()}", ""]
        recorded = words["recorded"].format(
            tensorflow=versions.get("tensorflow", first["tensorflow_wanted"]),
            keras=versions.get("keras", first["keras_wanted"]),
            date=first["date"][:10],
        )
        if len(names) > 1:
            recorded += " " + words["same"]
        out += [f"{indent}    {recorded}", "", f"{indent}    ```text"]
        out += [f"{indent}    {line}".rstrip() for line in detail.splitlines()]
        out += [f"{indent}    ```"]
    return out + [""] if out else out


def title(page: Path) -> str:
    return pages.title(page) or display(page)


def matrix(language: str, docs: Path = DOCS) -> str:
    """The Compatibility page's tables."""
    korean = language == "ko"
    found = data()
    releases = found["releases"]
    head = RELEASE_HEAD[language]
    rows = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for r in releases:
        v = r.get("versions") or {}
        cells = [r["release"], v.get("tensorflow", "–"), v.get("keras", "–")]
        cells += [v.get("numpy", "–"), v.get("python", "–"), r["date"][:10]]
        ran = r.get("run_seconds")
        cells.append(f"{ran:g} ({r.get('run_snippets')})" if ran is not None else "–")
        rows.append("| " + " | ".join(cells) + " |")
    problems = [r for r in releases if r.get("error")]
    for r in problems:
        rows += ["", f"**TensorFlow {r['release']}**: `{r['error'].splitlines()[0]}`"]
    names = [r["release"] for r in releases]
    counts = ["합계" if korean else "Total"]
    for release in names:
        passed = sum(
            e["results"].get(release, {}).get("status") == "pass"
            for e in found["snippets"].values()
        )
        counts.append(f"{passed}/{len(found['snippets'])} ✓")
    # The first header cell is named: screen readers announce it for each row.
    corner = "릴리스" if korean else "Release"
    out = rows + ["", "| " + " | ".join([corner, *names]) + " |", "|" + " --- |" * (len(names) + 1)]
    out.append("| " + " | ".join(counts) + " |")
    for page in pages.all_pages(docs):
        if pages.is_korean(page):
            continue
        files = list(dict.fromkeys(i.target.split(":")[0] for i in pages.includes(page)))
        if not files:
            continue
        shown = pages.twin(page) if korean else page
        link = page.relative_to(docs).as_posix()
        out += ["", f"### [{title(shown)}]({link})", ""]
        out += ["| " + " | ".join([("예제" if korean else "Snippet"), *names]) + " |"]
        out += ["|" + " --- |" * (len(names) + 1)]
        for name in files:
            outcomes = results(name) or {}
            cells = [SYMBOL[outcomes.get(n, {}).get("status")] for n in names]
            label = html.escape(name.removeprefix("snippets/"))
            out.append(f"| `{label}` | " + " | ".join(cells) + " |")
    return "\n".join(out)


DIFFERENCES = "<!-- compat-differences -->"


def differences(language: str) -> str:
    """Every snippet that does not pass somewhere, with its recorded notes."""
    out = []
    for name in sorted(data()["snippets"]):
        notes_here = notes_markdown(name, language)
        if notes_here:
            # Level 3 under the page's "##" section: headings must not skip a level.
            out += ["", f"### `{html.escape(name.removeprefix('snippets/'))}`", *notes_here]
    if not out:
        return (
            "Every snippet passes on every release."
            if language == "en"
            else ("모든 예제가 모든 릴리스에서 통과합니다.")
        )
    return "\n".join(out)
