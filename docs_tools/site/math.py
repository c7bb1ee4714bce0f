"""Turn math markup into MathML at build time.

Browsers render MathML natively, so pages need no math script or font from anywhere.
"""

import html
import re

from latex2mathml.converter import convert

# arithmatex's generic markup, on the Markdown pages.
INLINE = re.compile(r'<span class="arithmatex">\\\((.+?)\\\)</span>', re.S)
BLOCK = re.compile(r'<div class="arithmatex">\\\[(.+?)\\\]</div>', re.S)
# TeX between dollars, which nbconvert leaves in a notebook's Markdown cells for MathJax.
DOLLAR_BLOCK = re.compile(r"(?:<p>)?\$\$(.+?)\$\$(?:</p>)?", re.S)
DOLLAR_INLINE = re.compile(r"(?<![\\$])\$(?=\S)([^$\n]+?)(?<=\S)\$(?!\$)")
UNTOUCHED = re.compile(
    r"(<pre\b.*?</pre>|<code\b.*?</code>|<script\b.*?</script>|<style\b.*?</style>)", re.S
)


def to_mathml(page_html: str) -> str:
    page_html = BLOCK.sub(lambda m: _block(m[1]), page_html)
    return INLINE.sub(lambda m: _convert(m[1], "inline"), page_html)


def dollars_to_mathml(page_html: str) -> str:
    """`$$...$$` and `$...$` outside code and scripts, as MathML (the rendered notebooks)."""
    parts = UNTOUCHED.split(page_html)
    for i in range(0, len(parts), 2):  # the odd parts are code, scripts and styles
        text = DOLLAR_BLOCK.sub(lambda m: _block(m[1]), parts[i])
        parts[i] = DOLLAR_INLINE.sub(lambda m: _convert(m[1], "inline"), text)
    return "".join(parts)


def _block(latex: str) -> str:
    # A wide formula scrolls inside its own box instead of widening a phone's page;
    # tabindex lets a keyboard reach (and scroll) that box.
    return f'<div class="math" tabindex="0">{_convert(latex, "block")}</div>'


def _convert(latex: str, display: str) -> str:
    return convert(html.unescape(latex).strip(), display=display)
