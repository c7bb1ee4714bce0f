"""The site's quality budget, measured on the built site in Debian's Chromium.

    python quality/budget.py            # build, then measure; exit 1 if over budget

- Lighthouse (mobile) on the home page, the Dense page and its notebook, and the reference's
  convolution and augmentation pages, per language, the median of three runs:
  performance >= 95,
  accessibility 100, best practices >= 95, SEO >= 95;
- axe-core on every page in both languages: no violation;
- linkinator over the whole site: every internal link and #anchor resolves.

It prints one line per page and writes quality/results.json (shown on the
"About this site" page). Node packages come from quality/package-lock.json (`npm ci`).
"""

from __future__ import annotations

import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docs_tools.content.quality import BUDGET, RESULTS  # noqa: E402
from docs_tools.site.browser import FLAGS, chromium, serve  # noqa: E402
from docs_tools.verify import cache  # noqa: E402

HERE = ROOT / "quality"
NODE_MODULES = HERE / "node_modules"
# The home page, the Dense page and its notebook (rendered by mkdocs-jupyter), and two
# layer-reference pages: the convolution page (its tables and the shape calculator) and the
# augmentation page (the most main-thread work of any page measured), in both languages.
LIGHTHOUSE_PAGES = ["/", "/layers/dense/", "/layers/dense/notebook/", "/reference/convolution/"]
LIGHTHOUSE_PAGES += ["/reference/preprocessing-augmentation/"]
LIGHTHOUSE_PAGES += ["/ko" + path for path in LIGHTHOUSE_PAGES]
RUNS = 3  # Lighthouse runs per page


def build(target: Path) -> Path:
    site = target / "site"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    subprocess.run(command, cwd=ROOT, check=True, env={"NO_MKDOCS_2_WARNING": "1", **os.environ})
    return site


def lighthouse(url: str) -> dict[str, int]:
    flags = " ".join(["--headless=new", *FLAGS])
    run = subprocess.run(
        [
            "node",
            str(NODE_MODULES / "lighthouse/cli/index.js"),
            url,
            "--output=json",
            "--quiet",
            f"--chrome-flags={flags}",
            "--only-categories=performance,accessibility,best-practices,seo",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": str(chromium()[0])},
    )
    if run.returncode != 0:
        raise SystemExit(f"lighthouse failed on {url}:\n{run.stderr[-2000:]}")
    report = json.loads(run.stdout)
    scores = {key: round(cat["score"] * 100) for key, cat in report["categories"].items()}
    # Lighthouse's own measure of this machine's speed: a loaded machine scores lower.
    scores["benchmark-index"] = round(report["environment"]["benchmarkIndex"])
    return scores


def median_lighthouse(url: str, runs: int = RUNS) -> dict:
    """Lighthouse's scores vary from run to run; its docs advise the median of several.
    The run with the median performance score, and every run's performance score."""
    found = sorted((lighthouse(url) for _ in range(runs)), key=lambda s: s["performance"])
    return {**found[len(found) // 2], "performance-runs": [s["performance"] for s in found]}


def axe(base: str, paths: list[str]) -> dict[str, list[str]]:
    from playwright.sync_api import sync_playwright

    script = (NODE_MODULES / "axe-core/axe.min.js").read_text("utf-8")
    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium()[0]), args=FLAGS)
        # The pages' Content-Security-Policy would block the injected auditor itself.
        page = browser.new_page(viewport={"width": 375, "height": 812}, bypass_csp=True)
        for path in paths:
            page.goto(base + path, wait_until="networkidle")
            page.add_script_tag(content=script)
            result = page.evaluate("axe.run(document).then(r => r.violations)")
            found[path] = [f"{v['id']} ({len(v['nodes'])})" for v in result]
        browser.close()
    return found


def links(base: str) -> list[str]:
    run = subprocess.run(
        ["node", str(NODE_MODULES / "linkinator/build/src/cli.js"), base + "/"]
        + ["--recurse", "--check-fragments", "--format", "json", "--concurrency", "8"]
        # Internal links only: this machine cannot reach other hosts, and the site's own
        # pages are what a broken build would break.
        + ["--skip", f"^(?!{re.escape(base)})"],
        capture_output=True,
        text=True,
    )
    try:
        report = json.loads(run.stdout)
    except ValueError:
        raise SystemExit(
            f"linkinator gave no JSON report (exit {run.returncode}):\n{run.stderr[-2000:]}"
        ) from None
    return [
        f"{link['url']} (on {link['parent']}): {link['status']}"
        for link in report["links"]
        if link["state"] == "BROKEN"
    ] + ([] if report["passed"] else ["linkinator: failed"])


def pages(site: Path) -> list[str]:
    """Every page of the site, as a URL path."""
    found = []
    for html in sorted(site.rglob("index.html")):
        relative = html.parent.relative_to(site).as_posix()
        found.append("/" if relative == "." else f"/{relative}/")
    return found


def main() -> int:
    if not NODE_MODULES.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    if chromium()[0] is None:
        raise SystemExit(chromium()[1])
    with tempfile.TemporaryDirectory() as folder:
        site = build(Path(folder))
        server, base = serve(site)
        try:
            every = pages(site)
            violations = axe(base, every)
            broken = links(base)
            scores = {path: median_lighthouse(base + path) for path in LIGHTHOUSE_PAGES}
        finally:
            server.shutdown()
    over = []
    for path in every:
        line = f"{path:40} axe: {', '.join(violations[path]) or 'no violation'}"
        if path in scores:
            line += "  lighthouse: " + " ".join(f"{k} {v}" for k, v in scores[path].items())
            over += [
                f"{path}: {k} {v} < {BUDGET[k]}"
                for k, v in scores[path].items()
                if k in BUDGET and v < BUDGET[k]
            ]
        print(line)
        over += [f"{path}: axe {v}" for v in violations[path]]
    print(f"links: {len(broken)} broken" + "".join(f"\n  {b}" for b in broken))
    over += broken
    RESULTS.write_text(
        json.dumps(
            {
                "date": datetime.date.today().isoformat(),
                "versions": cache.versions(),
                "lighthouse": scores,
                "axe_pages": len(every),
                "axe_violations": sum(len(v) for v in violations.values()),
                "broken_links": len(broken),
            },
            indent=2,
        )
        + "\n"
    )
    print("within budget" if not over else "OVER BUDGET:\n  " + "\n  ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
