"""Verify snippets inside one release's environment; answer in JSON on stdout.

Run by `docs_tools.compat.run` as `<env>/bin/python -m docs_tools.compat.worker FILE...`
from the project root, so the project's own verifier (docs_tools.verify.runner, whose
workers run with this same Python) decides pass or fail under that environment's
TensorFlow and Keras, with the same time limits and isolation as the build.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from docs_tools import verify
from docs_tools.paths import display
from docs_tools.verify import cache, runner

# Enough of a diff or an error to show what changed; a whole file's diff is never needed.
DETAIL_LINES = 40
# Object reprs in error messages (`<L2 object at 0x7fd6e40d90d0>`) differ on every run.
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def trimmed(message: str) -> str:
    message = ADDRESS.sub(" at 0x…", message)
    lines = [line for line in message.splitlines() if verify.UPDATE_HINT not in line]
    if len(lines) > DETAIL_LINES:
        lines = lines[:DETAIL_LINES] + [f"    … {len(lines) - DETAIL_LINES} more lines"]
    return "\n".join(lines)


def outcome(result: runner.Result) -> dict:
    if result.failure is None:
        return {"status": "pass"}
    # The matrix tells "prints something else" from "does not run to its end".
    status = "differs" if result.status == "differs" else "raises"
    return {"status": status, "detail": trimmed(result.failure)}


def main(paths: list[Path]) -> dict:
    start = time.perf_counter()
    found = runner.run(paths, python=sys.executable)
    results = {display(path): outcome(found[path.resolve()]) for path in paths}
    return {
        "versions": cache.versions(),
        "seconds": round(time.perf_counter() - start, 1),
        "results": results,
    }


if __name__ == "__main__":
    answer = main([Path(arg).resolve() for arg in sys.argv[1:]])
    sys.stdout.write(json.dumps(answer))
