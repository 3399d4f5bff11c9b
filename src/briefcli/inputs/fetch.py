"""Fetch an article by URL: http and https only, a timeout, a size cap, few redirects."""

from __future__ import annotations

import socket
import urllib.error
import urllib.parse
import urllib.request

from .. import __version__
from ..errors import NetworkError

TIMEOUT = 15.0
MAX_REDIRECTS = 5
ALLOWED_SCHEMES = ("http", "https")


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if newurl.split(":", 1)[0].lower() not in ALLOWED_SCHEMES:
            raise NetworkError(f"{req.full_url}: redirected to a non-http address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, max_bytes: int, timeout: float = TIMEOUT) -> tuple[bytes, str | None]:
    """The body and its content type; NetworkError with one clear line
    when the address is refused, unreachable, too slow, too large or not found."""
    scheme = url.split(":", 1)[0].lower()
    if scheme not in ALLOWED_SCHEMES:
        raise NetworkError(f"{url}: only http and https addresses can be fetched")
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": f"brief/{__version__}", "Accept-Encoding": "identity"})
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            target = urllib.parse.urljoin(exc.geturl() or url, exc.headers.get("Location", ""))
            if urllib.parse.urlsplit(target).scheme.lower() not in ALLOWED_SCHEMES:
                raise NetworkError(f"{url}: redirected to a non-http address ({target})") from None
            raise NetworkError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
        raise NetworkError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise NetworkError(f"{url}: no answer within {timeout:g} s") from None
        raise NetworkError(f"{url}: cannot be reached ({reason}); are you offline?") from None
    except TimeoutError:
        raise NetworkError(f"{url}: no answer within {timeout:g} s") from None
    except OSError as exc:
        raise NetworkError(f"{url}: cannot be fetched ({exc})") from None
    if len(data) > max_bytes:
        raise NetworkError(f"{url}: larger than --max-bytes ({max_bytes} bytes)")
    return data, content_type
