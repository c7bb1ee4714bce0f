"""One error for "the docs are wrong here": a page, snippet or data file, and the line.

Every stage raises DocsError, or a subclass that names the stage, with a message that
starts `file:line:` where a place is known. The site stage turns it into a failed build in
one place (`gate` in docs_tools/site/hooks.py); tests assert on the same message.
"""

from __future__ import annotations


class DocsError(Exception):
    """What is wrong and where: `DocsError(message)` or `DocsError(message, "a.md", 3)`."""

    def __init__(self, message: str, where: str | None = None, line: int | None = None):
        if where is not None:
            message = f"{where}:{line}: {message}" if line else f"{where}: {message}"
        super().__init__(message)


def report(title: str, problems: list[str]) -> DocsError:
    """Many problems found in one pass, each already naming its place, as one error."""
    return DocsError(f"{title} ({len(problems)}):\n" + "\n".join(problems))
