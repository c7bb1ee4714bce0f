"""The notebook pages' styles as one shared stylesheet, keeping only rules they can use.

In:  each notebook page as written (on_post_page), whose nbconvert template inlines
     about 580 KB of JupyterLab CSS in `<style>` blocks (the same on every notebook page).
Out: the page without them, and at the end of the build one file,
     assets/stylesheets/notebook.css, holding each distinct block once, less the rules
     whose selectors name a class that no notebook page uses (JupyterLab's widgets,
     menus, dialogs...). A reader's browser fetches it once for every notebook page.
"""

from __future__ import annotations

import re
from pathlib import Path

import tinycss2

STYLE = re.compile(r"<style[^>]*>(?P<body>.*?)</style>\s*", re.S)
CLASS_ATTRIBUTE = re.compile(r'class="(?P<names>[^"]*)"')
SELECTOR_CLASS = re.compile(r"\.(?P<name>-?[_a-zA-Z][\w-]*)")
TARGET = "assets/stylesheets/notebook.css"


class Styles:
    """The style blocks and class names of one build's notebook pages."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """At the start of each build (a `mkdocs serve` rebuild too)."""
        self.blocks: list[str] = []
        self.classes: set[str] = set()

    def take(self, page_html: str) -> str:
        """Record the page's style blocks and the classes it uses; return it without them."""
        for match in STYLE.finditer(page_html):
            if match["body"] not in self.blocks:
                self.blocks.append(match["body"])
        for match in CLASS_ATTRIBUTE.finditer(page_html):
            self.classes.update(match["names"].split())
        return STYLE.sub("", page_html)

    def write(self, site: Path) -> None:
        """The shared stylesheet, when the build rendered a notebook."""
        if not self.blocks:
            return
        target = site / TARGET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(prune(block, self.classes) for block in self.blocks))


def prune(css: str, classes: set[str]) -> str:
    """The CSS without the selectors that name a class outside `classes` (and rules left
    with none); everything else (element selectors, variables, @font-face) is kept."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return "\n".join(_kept(rule, classes) for rule in rules if _kept(rule, classes))


def _kept(rule, classes: set[str]) -> str:
    if rule.type == "qualified-rule":
        selectors = _split(tinycss2.serialize(rule.prelude))
        used = [s for s in selectors if _matches(s, classes)]
        if not used:
            return ""
        return f"{', '.join(used)}{{{tinycss2.serialize(rule.content).strip()}}}"
    if rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
        inner = prune(tinycss2.serialize(rule.content), classes)
        if not inner:
            return ""
        return f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude).strip()}{{{inner}}}"
    if rule.type in ("at-rule", "qualified-rule"):
        return rule.serialize()
    return ""  # a parse error or stray token: nothing a browser would apply


def _split(selectors: str) -> list[str]:
    """A selector list at its top-level commas (not those inside `:is(a, b)`)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(selectors):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(selectors[start:index].strip())
            start = index + 1
    return [*parts, selectors[start:].strip()]


def _matches(selector: str, classes: set[str]) -> bool:
    # `:not(.x)` and friends match whether or not .x is used: only required classes count.
    required = re.sub(r":(not|is|where|has)\([^)]*\)", "", selector)
    return all(m["name"] in classes for m in SELECTOR_CLASS.finditer(required))
