"""Run inside a notebook's kernel: every figure the notebook shows gets a Korean copy.

Loaded by docs_tools.notebooks when a notebook draws with matplotlib (never shown to
readers). Each matplotlib figure a cell displays then carries, beside its PNG, a JSON
output of type KOREAN_FIGURE: the same figure drawn with its words translated (the
table of docs_tools/localize.py) in a Hangul font, and any text it could not translate.
This file imports nothing from docs_tools: the kernel does not have it on its path.
"""

KOREAN_FIGURE = "application/x-korean-figure+json"
FONTS = ["Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "AppleGothic"]


def register(words):
    import json

    from IPython import get_ipython
    from IPython.core.formatters import BaseFormatter
    from traitlets import ObjectName, Unicode

    class KoreanFigure(BaseFormatter):
        format_type = Unicode(KOREAN_FIGURE)
        print_method = ObjectName("_repr_korean_figure_")
        _return_type = (str,)

    def korean(figure):
        from IPython.core.pylabtools import print_figure
        from matplotlib.text import Text

        font = _hangul_font()
        if font is None:
            return json.dumps({"error": f"matplotlib finds none of the fonts {FONTS}"})
        texts = [t for t in figure.findobj(Text) if t.get_text()]
        kept = [(t, t.get_text(), t.get_fontfamily()) for t in texts]
        left = []
        try:
            for text in texts:
                if text.get_text() in words:
                    text.set_text(words[text.get_text()])
                    text.set_fontfamily([font])
                elif any(c.isascii() and c.isalpha() for c in text.get_text()):
                    left.append(text.get_text())
            # As the inline backend draws the English one (bbox_inches="tight").
            png = print_figure(figure, "png", bbox_inches="tight", base64=True)
        finally:
            for text, value, family in kept:
                text.set_text(value)
                text.set_fontfamily(family)
        return json.dumps({"png": png, "untranslated": left})

    shell = get_ipython()
    formatter = KoreanFigure()
    shell.display_formatter.formatters[KOREAN_FIGURE] = formatter
    # The inline backend clears every figure formatter when it sets itself up, which it
    # would otherwise do at the first figure: set it up now, then register.
    shell.run_line_magic("matplotlib", "inline")
    from matplotlib.figure import Figure

    formatter.for_type(Figure, korean)


def _hangul_font():
    from matplotlib import font_manager

    for name in FONTS:
        try:
            font_manager.findfont(name, fallback_to_default=False)
        except ValueError:
            continue
        return name
    return None
