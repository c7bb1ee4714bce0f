"""A Content-Security-Policy for every page: only the site's own scripts, styles and fonts.

The policy goes in a `<meta>` tag (GitHub Pages sets no headers). Material puts a few
small scripts inline in each page (and nbconvert some style blocks in notebook pages);
each is allowed by its SHA-256 hash, computed from that page, so no other inline script
or style (an injected one, say) can run.
"""

from __future__ import annotations

import base64
import hashlib
import re

from docs_tools.errors import DocsError

INLINE = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
STYLE = re.compile(r"<style(?P<attrs>[^>]*)>(?P<body>.*?)</style>", re.S)
CHARSET = '<meta charset="utf-8">'
POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' {styles}; "
    "img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)


def inline_hashes(html: str, pattern: re.Pattern = INLINE) -> list[str]:
    """CSP hash sources for the page's inline scripts (JSON data blocks do not run) or,
    with STYLE, its `<style>` blocks (the notebook pages' nbconvert styles)."""
    found = []
    for match in pattern.finditer(html):
        if "src=" in match["attrs"] or "application/json" in match["attrs"]:
            continue
        digest = hashlib.sha256(match["body"].encode("utf-8")).digest()
        found.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return sorted(set(found))


def add_policy(html: str, source: str) -> str:
    if CHARSET not in html:
        raise DocsError(f"{source}: no <meta charset> to put the Content-Security-Policy after")
    policy = POLICY.format(
        hashes=" ".join(inline_hashes(html)), styles=" ".join(inline_hashes(html, STYLE))
    )
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    return html.replace(CHARSET, f"{CHARSET}\n    {tag}", 1)
