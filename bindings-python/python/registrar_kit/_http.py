"""The plain request and response records, and the default ``urllib`` transport."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from typing import IO, Any, List, Optional, Tuple

from . import _native

Headers = List[Tuple[str, str]]


class _Message:
    """What requests and responses share: text access to the body and header lookup."""

    headers: Headers
    body: bytes

    @property
    def body_text(self) -> str:
        """The body as text (undecodable bytes replaced)."""
        return self.body.decode("utf-8", errors="replace")

    def header(self, name: str) -> Optional[str]:
        """The value of the first header named ``name`` (case-insensitive)."""
        lower = name.lower()
        for key, value in self.headers:
            if key.lower() == lower:
                return value
        return None


@dataclass(frozen=True, repr=False)
class HttpRequest(_Message):
    """A request ready to send, exactly as the core built it.

    ``repr()`` is redacted (credentials show ``***``), so logging a request never leaks them;
    the fields themselves hold the real values your HTTP client must send.
    """

    method: str
    url: str
    headers: Headers = field(default_factory=list)
    body: bytes = b""

    def redacted(self) -> HttpRequest:
        """A copy safe for logs: credential headers, query parameters and body fields masked."""
        method, url, headers, body = _native.redact(self.method, self.url, list(self.headers), bytes(self.body))
        return HttpRequest(method, url, headers, body)

    def __repr__(self) -> str:
        r = self.redacted()
        return f"HttpRequest(method={r.method!r}, url={r.url!r}, headers={r.headers!r}, body={r.body!r})"


@dataclass(frozen=True)
class HttpResponse(_Message):
    """A response as the host's HTTP client received it."""

    status: int
    headers: Headers = field(default_factory=list)
    body: bytes = b""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are returned to the core as responses, never followed (a POST must not turn into
    a GET, and credentials must not travel to another host)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> Optional[urllib.request.Request]:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def urllib_transport(request: HttpRequest, timeout: float = 30) -> HttpResponse:
    """Sends ``request`` with :mod:`urllib.request` and returns the response, whatever its status.

    Non-2xx answers come back as responses (not exceptions) so the core can read the provider's
    error body. Network failures (DNS, refused connection, timeout) raise :class:`OSError`
    (``urllib.error.URLError``, ``TimeoutError``) unchanged.
    """
    data: Optional[bytes] = request.body if request.body or request.method in _BODY_METHODS else None
    req = urllib.request.Request(request.url, data=data, method=request.method)
    for name, value in request.headers:
        req.add_header(name, value)
    try:
        with _OPENER.open(req, timeout=timeout) as resp:
            return HttpResponse(resp.status, _header_list(resp.headers), resp.read())
    except urllib.error.HTTPError as err:
        with err:
            return HttpResponse(err.code, _header_list(err.headers), err.read())


def _header_list(headers: Optional[Message]) -> Headers:
    """Header pairs in order, names lowercased (HTTP header names are case-insensitive)."""
    if headers is None:
        return []
    return [(str(k).lower(), str(v)) for k, v in headers.items()]
