"""Fetch an article by URL: http and https only, a total deadline, a size cap, few redirects."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import suppress

from .. import __version__
from ..errors import NetworkError
from ..limits import DEFAULT_TIMEOUT, MAX_REDIRECTS

ALLOWED_SCHEMES = ("http", "https")


class _Deadline:
    """One total deadline for a fetch (connecting, redirects, headers and body). A socket
    timeout only bounds each read, so a server dripping a byte a second would never trip
    it; when the time is up, every socket of the fetch is shut down instead."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        return max(0.001, self.ends - time.monotonic())

    def resolve(self, host: str, port: int) -> list[tuple]:
        """``socket.getaddrinfo`` within the deadline. A name look-up cannot be interrupted,
        so it runs in a daemon thread and the fetch stops waiting for it when the time is up
        (the thread ends on its own when the resolver gives up)."""
        found: list = []

        def look_up() -> None:
            try:
                found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
            except OSError as exc:
                found.append(exc)

        worker = threading.Thread(target=look_up, daemon=True)
        worker.start()
        worker.join(self.remaining())
        if not found:
            self.expired = True
            raise TimeoutError(f"looking up {host} took too long")
        if isinstance(found[0], OSError):
            raise found[0]
        return found[0]

    def connect(self, address: tuple[str, int], timeout: float, source_address=None) -> socket.socket:
        """``socket.create_connection`` with its name look-up under the deadline: each
        address found is tried in turn, and the socket is watched."""
        error: OSError | None = None
        for family, kind, proto, _, where in self.resolve(*address):
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(min(timeout, self.remaining()))
                if source_address:
                    sock.bind(source_address)
                self.watch(sock)
                sock.connect(where)
                return sock
            except OSError as exc:
                sock.close()
                error = exc
        raise error or OSError(f"no address found for {address[0]}")

    def watch(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)
        return sock

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Wake a blocked read (the plain socket call, so a TLS socket's state is left alone)."""
    with suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _connection(base: type[http.client.HTTPConnection], deadline: _Deadline) -> type[http.client.HTTPConnection]:
    """``base`` with its sockets under the deadline (the raw one before any TLS handshake)."""

    class Connection(base):  # type: ignore[misc, valid-type]
        def connect(self) -> None:
            self.timeout = deadline.remaining()
            self._create_connection = deadline.connect
            super().connect()
            deadline.watch(self.sock)

    return Connection


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.connection = _connection(http.client.HTTPConnection, deadline)

    def http_open(self, req):
        return self.do_open(self.connection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.connection = _connection(http.client.HTTPSConnection, deadline)

    def https_open(self, req):
        return self.do_open(self.connection, req, context=self._context)


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if newurl.split(":", 1)[0].lower() not in ALLOWED_SCHEMES:
            raise NetworkError(f"{req.full_url}: redirected to a non-http address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> tuple[bytes, str | None]:
    """The body and its content type; NetworkError with one clear line when the address
    is malformed, refused, unreachable, too slow (``timeout`` seconds in all), too large
    or not found."""
    _check(url)
    deadline = _Deadline(timeout)
    opener = urllib.request.build_opener(_HTTPHandler(deadline), _HTTPSHandler(deadline), _LimitedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": f"brief/{__version__}", "Accept-Encoding": "identity"})
    try:
        with deadline, opener.open(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type")
    except NetworkError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if deadline.expired or isinstance(exc, TimeoutError) or isinstance(getattr(exc, "reason", None), TimeoutError):
            raise NetworkError(f"{url}: no complete answer within {timeout:g} s") from None
        raise _explain(url, exc) from None
    if deadline.expired:  # cut off mid-headers or mid-body, what was read looks complete
        raise NetworkError(f"{url}: no complete answer within {timeout:g} s")
    if len(data) > max_bytes:
        raise NetworkError(f"{url}: larger than --max-bytes ({max_bytes} bytes)")
    return data, content_type


def _check(url: str) -> None:
    """Refuse what is not an http(s) address with a host and a valid port."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number in range
    except ValueError as exc:
        raise NetworkError(f"{url}: not a valid address ({exc})") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise NetworkError(f"{url}: only http and https addresses can be fetched")
    if not parts.hostname:
        raise NetworkError(f"{url}: not a valid address (no host)")


def _explain(url: str, exc: OSError | http.client.HTTPException | ValueError) -> NetworkError:
    """One line for a failed fetch."""
    if isinstance(exc, urllib.error.HTTPError):
        if exc.code in (301, 302, 303, 307, 308):
            target = urllib.parse.urljoin(exc.geturl() or url, exc.headers.get("Location", ""))
            if urllib.parse.urlsplit(target).scheme.lower() not in ALLOWED_SCHEMES:
                return NetworkError(f"{url}: redirected to a non-http address ({target})")
            return NetworkError(f"{url}: too many redirects (more than {MAX_REDIRECTS})")
        return NetworkError(f"{url}: HTTP {exc.code} {exc.reason}")
    if isinstance(exc, urllib.error.URLError):
        return NetworkError(f"{url}: cannot be reached ({exc.reason}); are you offline?")
    return NetworkError(f"{url}: cannot be fetched ({type(exc).__name__}: {exc})")
