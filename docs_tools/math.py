"""Turn arithmatex's generic math markup into MathML at build time.

Browsers render MathML natively, so pages need no math script or font from anywhere.
"""

import html
import re

from latex2mathml.converter import convert

INLINE = re.compile(r'<span class="arithmatex">\\\((.+?)\\\)</span>', re.S)
BLOCK = re.compile(r'<div class="arithmatex">\\\[(.+?)\\\]</div>', re.S)


def to_mathml(page_html: str) -> str:
    # A wide formula scrolls inside its own box instead of widening a phone's page;
    # tabindex lets a keyboard reach (and scroll) that box.
    page_html = BLOCK.sub(
        lambda m: f'<div class="math" tabindex="0">{_convert(m[1], "block")}</div>', page_html
    )
    return INLINE.sub(lambda m: _convert(m[1], "inline"), page_html)


def _convert(latex: str, display: str) -> str:
    return convert(html.unescape(latex).strip(), display=display)
