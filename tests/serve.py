"""A page on 127.0.0.1 for tests that fetch: no network needed, and it can be held back."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def serving(body: bytes, *, hold: threading.Event | None = None) -> Iterator[str]:
    """The URL of a plain-text page holding ``body``; with ``hold``, each answer waits
    until the event is set (at most 30 s), to see what a client does meanwhile."""

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):
            if hold is not None:
                hold.wait(30)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/story"
    finally:
        if hold is not None:
            hold.set()
        server.shutdown()
