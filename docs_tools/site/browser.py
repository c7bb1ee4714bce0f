"""The built site in a browser, for the browser tests and quality/budget.py: a local server
that serves it as a host would, and Debian's Chromium, found or installed where allowed.

Playwright's own browser download cannot be reached here, so Playwright drives
/usr/bin/chromium. When it is missing and we run as root with apt-get, it is
installed once (this is the README's test path doing the install); elsewhere the
browser tests skip, saying how to install it (and fail under CI: tests/needs.py).
"""

from __future__ import annotations

import functools
import gzip
import io
import os
import shutil
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium calls Google's hosts at start.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@functools.cache
def chromium() -> tuple[Path | None, str]:
    """The Chromium binary, or None and why it is missing."""
    if CHROMIUM.exists():
        return CHROMIUM, ""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return None, "Chromium is not installed: run `apt-get install chromium` as root"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # fonts-noto-cjk: Hangul in screenshots renders as glyphs, not boxes.
    install = ["apt-get", "install", "-y", "-qq", "chromium", "fonts-noto-cjk"]
    for command in (["apt-get", "update", "-qq"], install):
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            return None, f"`{' '.join(command)}` failed: {result.stderr.strip()[-300:]}"
    return (CHROMIUM, "") if CHROMIUM.exists() else (None, "apt-get installed no /usr/bin/chromium")


# Served gzipped, as static hosts such as GitHub Pages serve them.
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb"}


class QuietHandler(SimpleHTTPRequestHandler):
    """A static host on localhost: text gzipped on request, nothing logged.

    HTTP/1.1 with keep-alive, as static hosts serve: over HTTP/1.0 every response closes
    its connection, and linkinator's HTTP client (undici) crashed on one such close.
    """

    protocol_version = "HTTP/1.1"

    def __init__(self, *args, under: str = "/", **kwargs):
        self.under = under  # the path the site is served under, e.g. /keras-layers-docs/
        super().__init__(*args, **kwargs)

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        if not (path.split("?")[0] + "/").startswith(self.under):
            return os.path.join(self.directory, "\0outside")  # no such file: a 404
        return super().translate_path("/" + path[len(self.under) :])

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A client closing a kept-alive connection is how HTTP/1.1 ends, not a failure.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(folder: Path, under: str = "/") -> tuple[ThreadingHTTPServer, str]:
    """Serve a built site on a free localhost port, in a background thread, under the path
    its site_url names (GitHub Pages serves a project under /<repository>/): the base URL."""
    under = "/" + under.strip("/") + "/" if under.strip("/") else "/"
    handler = partial(QuietHandler, directory=str(folder), under=under)
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{under.rstrip('/')}"
