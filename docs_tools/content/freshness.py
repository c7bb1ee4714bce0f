"""Is each translation up to date with its other language? Compared by content.

`translations.json` records, for each page pair, a hash of both files as they were
when someone last confirmed they say the same thing. Since then:
- only the English changed: the Korean page may be out of date (and shows a notice);
- only the Korean changed: the English page may be out of date (the same, reversed);
- both changed: nobody has confirmed them yet; `--mark` records them as in sync.

    python -m docs_tools.content.freshness            list pages that may be out of date
    python -m docs_tools.content.freshness --mark     confirm every pair as in sync now
    python -m docs_tools.content.freshness --mark docs/layers/dense.md   confirm one pair
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from docs_tools.content import pages
from docs_tools.paths import DOCS, ROOT, display

RECORD = ROOT / "translations.json"


@dataclass(frozen=True)
class Status:
    english: Path
    state: str  # "in sync", "korean behind", "english behind", "unconfirmed", "new"

    @property
    def stale(self) -> Path | None:
        """The page that may be out of date, if any."""
        return {"korean behind": pages.twin(self.english), "english behind": self.english}.get(
            self.state
        )


def digest(page: Path) -> str:
    return hashlib.sha256(page.read_bytes()).hexdigest()[:16]


def load(record: Path = RECORD) -> dict[str, dict[str, str]]:
    return json.loads(record.read_text("utf-8")) if record.exists() else {}


def pairs(docs: Path = DOCS):
    """(English page, Korean page) for every page that exists in both languages."""
    for english in pages.all_pages(docs):
        korean = pages.twin(english)
        if not pages.is_korean(english) and korean.exists():
            yield english, korean


def statuses(docs: Path = DOCS, record: Path = RECORD) -> list[Status]:
    recorded = load(record)
    found = []
    for english, korean in pairs(docs):
        entry = recorded.get(english.relative_to(docs).as_posix())
        if entry is None:
            found.append(Status(english, "new"))
            continue
        en_changed = entry["en"] != digest(english)
        ko_changed = entry["ko"] != digest(korean)
        state = {
            (False, False): "in sync",
            (True, False): "korean behind",
            (False, True): "english behind",
            (True, True): "unconfirmed",
        }[en_changed, ko_changed]
        found.append(Status(english, state))
    return found


def stale_pages(docs: Path = DOCS, record: Path = RECORD) -> dict[Path, Path]:
    """Each page that may be out of date, mapped to the page that changed."""
    found = {}
    for status in statuses(docs, record):
        if status.stale is not None:
            found[status.stale] = pages.twin(status.stale)
    return found


def mark(selected: list[Path], docs: Path = DOCS, record: Path = RECORD) -> list[Path]:
    """Record the given pairs (all when none given) as in sync; return the English pages."""
    recorded = load(record)
    wanted = {p.resolve() for p in selected}
    marked = []
    for english, korean in pairs(docs):
        if wanted and not {english.resolve(), korean.resolve()} & wanted:
            continue
        recorded[english.relative_to(docs).as_posix()] = {
            "en": digest(english),
            "ko": digest(korean),
        }
        marked.append(english)
    record.write_text(json.dumps(dict(sorted(recorded.items())), indent=2) + "\n", "utf-8")
    return marked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mark", nargs="*", type=Path, help="confirm these pairs (or all)")
    args = parser.parse_args(argv)
    if args.mark is not None:
        for english in mark(args.mark):
            print(f"in sync: {display(english)} and {display(pages.twin(english))}")
        return 0
    behind = 0
    for status in statuses():
        if status.state == "in sync":
            continue
        korean = pages.twin(status.english)
        if status.stale is not None:
            behind += 1
            changed = pages.twin(status.stale)
            print(f"{display(status.stale)} may be out of date: {display(changed)} changed since")
        else:
            pair = f"{display(status.english)} and {display(korean)}"
            print(f"{pair}: {status.state}; confirm with --mark")
    if not behind:
        print("no page is behind its other language")
    return 0


if __name__ == "__main__":
    sys.exit(main())
