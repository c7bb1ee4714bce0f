"""What a snippet shows while it runs, as a notebook cell would show it.

In:  a running snippet's writes to sys.stdout and sys.stderr, and the figures it shows.
Out: nbformat outputs (streams, PNG images) in the order they happened, recorded with
     the snippet's pass, so a notebook's cells get their outputs from the verification
     run instead of running every snippet again in a Jupyter kernel.

Figures: the verifying process uses docs_tools.verify.mpl_backend as matplotlib's backend
(MPLBACKEND, set by docs_tools.verify.worker), whose `show` is the one here:
`plt.show()` keeps each open figure as a PNG, as Jupyter's inline backend shows it, and
figures still open when the snippet ends are kept too.
"""

from __future__ import annotations

import base64
import contextlib
import io
import sys
from collections.abc import Iterator

_current: list[dict] | None = None  # the outputs of the snippet running now


class _Stream(io.TextIOBase):
    def __init__(self, name: str):
        self.name = name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if _current is not None and text:
            last = _current[-1] if _current else {}
            if last.get("output_type") == "stream" and last.get("name") == self.name:
                last["text"] += text  # one output per run of a stream, as a notebook merges
            else:
                _current.append({"output_type": "stream", "name": self.name, "text": text})
        return len(text)


@contextlib.contextmanager
def recorded() -> Iterator[list[dict]]:
    """Record the outputs of the code run inside; sys.stdout and sys.stderr come back after."""
    global _current
    found: list[dict] = []
    _current = found
    try:
        with contextlib.redirect_stdout(_Stream("stdout")):
            with contextlib.redirect_stderr(_Stream("stderr")):
                yield found
                show()  # figures left open, as the inline backend shows them at a cell's end
    finally:
        _current = None


def show(*args, **kwargs) -> None:
    """matplotlib's `plt.show()` under this backend: keep each open figure, then close it."""
    if "matplotlib.pyplot" not in sys.modules:
        return
    import matplotlib.pyplot as plt

    for number in plt.get_fignums():
        figure = plt.figure(number)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", bbox_inches="tight")
        if _current is not None:
            png = base64.b64encode(buffer.getvalue()).decode("ascii")
            width, height = figure.get_size_inches() * figure.dpi
            text = f"<Figure size {width:g}x{height:g} with {len(figure.axes)} Axes>"
            data = {"image/png": png, "text/plain": text}
            from docs_tools.verify import localize  # the Korean page's copy, drawn now, not re-run

            data[localize.KOREAN_FIGURE] = localize.korean_copy(figure)
            _current.append({"output_type": "display_data", "data": data, "metadata": {}})
    plt.close("all")
