"""The generic client: every operation of every provider by its catalog name."""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Mapping, Optional

from . import _native
from ._http import HttpRequest, HttpResponse, urllib_transport

#: A transport: sends a prepared request and returns the response (any status).
Transport = Callable[[HttpRequest], HttpResponse]


class Client:
    """A configured client for one provider.

    The client never touches the network: :meth:`prepare` builds a request, your HTTP client
    sends it, :meth:`parse` reads the answer. :meth:`call` does all three with a transport
    (``urllib`` by default).

    >>> client = Client("alldomains", {"token": "..."})
    >>> request = client.prepare("servicedomain/check", {"sld": "example", "tld": ".uz"})
    """

    __slots__ = ("_inner",)

    def __init__(self, provider: str, config: Mapping[str, Any]) -> None:
        self._inner = _native.Client(provider, json.dumps(config))

    @property
    def provider(self) -> str:
        """The provider id (``"alldomains"``, …)."""
        return self._inner.provider

    def prepare(self, operation: str, params: Optional[Mapping[str, Any]] = None) -> HttpRequest:
        """Builds the request for ``operation`` (a catalog name) from JSON-shaped ``params``.

        Raises :class:`InvalidInputError` (with ``field``) for refused input and
        :class:`UnsupportedError` for an operation the provider does not have.
        """
        method, url, headers, body = self._inner.prepare(operation, "" if params is None else json.dumps(params))
        return HttpRequest(method, url, headers, body)

    def parse(self, operation: str, response: HttpResponse) -> Any:
        """Reads the response to ``operation``: the JSON-shaped output, or a :class:`RegistrarError`."""
        return json.loads(
            self._inner.parse(operation, response.status, list(response.headers), bytes(response.body))
        )

    def redact(self, request: HttpRequest) -> HttpRequest:
        """A copy of ``request`` safe for logs (credentials masked)."""
        return request.redacted()

    def operations(self) -> List[Dict[str, Any]]:
        """The metadata of every operation of this provider (``name``, ``method``, ``path``, ``safety``, …)."""
        result: List[Dict[str, Any]] = json.loads(self._inner.operations())
        return result

    def call(
        self,
        operation: str,
        params: Optional[Mapping[str, Any]] = None,
        *,
        send: Transport = urllib_transport,
    ) -> Any:
        """Prepares ``operation``, sends it with ``send`` and parses the answer.

        Transport failures (``OSError``, timeouts) propagate unchanged. For an operation whose
        catalog ``safety`` is ``"unsafe"`` (it moves money), do not retry blindly after a timeout:
        its ``confirm_with`` operation says whether it went through.
        """
        return self.parse(operation, send(self.prepare(operation, params)))

    def __repr__(self) -> str:
        return f"Client(provider={self.provider!r})"


def catalog() -> List[Dict[str, Any]]:
    """Every operation of every provider: ``[{provider, name, method, path, safety, doc, summary, …}]``."""
    result: List[Dict[str, Any]] = json.loads(_native.catalog())
    return result
