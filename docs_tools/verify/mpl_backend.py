"""matplotlib's backend while a snippet is verified (MPLBACKEND, set by verify.worker).

Agg draws; `plt.show()` records each open figure as a notebook cell shows it
(docs_tools.verify.outputs). matplotlib imports this only when a snippet uses pyplot.
"""

from matplotlib.backends.backend_agg import FigureCanvasAgg as FigureCanvas  # noqa: F401

from docs_tools.verify.outputs import show  # noqa: F401
