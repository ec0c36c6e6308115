"""The generic client: every operation of every provider by its catalog name."""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Mapping, Optional

from . import _native
from ._errors import _from_json
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

        A failure of ``send`` (``OSError``, a timeout, anything it raises) becomes a
        :class:`TransportError` chained to it: ``retryable`` only when the operation is safe to
        repeat; for one that moves money, ``details["confirm_with"]`` names the read-only
        operation that tells whether it went through.
        """
        request = self.prepare(operation, params)
        return self.parse(operation, self._send(operation, request, send))

    def _send(self, operation: str, request: HttpRequest, send: Transport) -> HttpResponse:
        try:
            return send(request)
        except Exception as exc:
            raise _from_json(self._inner.transport_error(operation, f"{type(exc).__name__}: {exc}")) from exc

    def flows(self) -> List[Dict[str, Any]]:
        """The flows this provider offers (``[{provider, name, summary}]``)."""
        result: List[Dict[str, Any]] = json.loads(self._inner.flows())
        return result

    def flow(self, name: str, params: Optional[Mapping[str, Any]] = None) -> Flow:
        """Starts a multi-call flow (Name.com: ``"session"`` with ``{"calls": [{"operation", "params"}]}``).

        Every request the flow will send is validated now; see :class:`Flow`.
        """
        return Flow(self._inner.flow(name, "" if params is None else json.dumps(params)))

    def run_flow(
        self,
        name: str,
        params: Optional[Mapping[str, Any]] = None,
        *,
        send: Transport = urllib_transport,
    ) -> Any:
        """Runs flow ``name`` to the end with ``send``, one request at a time; returns its output."""
        flow = self.flow(name, params)
        while True:
            step = flow.next()
            if step is None:
                return flow.output()
            flow.feed(self._send("", step, send))

    def __repr__(self) -> str:
        return f"Client(provider={self.provider!r})"


class Flow:
    """A multi-call flow run one request at a time, with no I/O of its own.

    >>> flow = client.flow("session", {"calls": [{"operation": "domain/get", "params": {...}}]})
    >>> while (request := flow.next()) is not None:
    ...     flow.feed(my_http_client(request))
    >>> flow.output()
    """

    __slots__ = ("_inner",)

    def __init__(self, inner: _native.Flow) -> None:
        self._inner = inner

    def next(self) -> Optional[HttpRequest]:
        """The request to send now, or ``None`` when the flow is over (then read :meth:`output`)."""
        raw = self._inner.next()
        if raw is None:
            return None
        method, url, headers, body = raw
        return HttpRequest(method, url, headers, body)

    def feed(self, response: HttpResponse) -> None:
        """Takes the response to the request :meth:`next` handed out."""
        self._inner.feed(response.status, list(response.headers), bytes(response.body))

    def output(self) -> Any:
        """The flow's JSON-shaped output once it is over (``None`` while requests remain)."""
        text = self._inner.output()
        return None if text is None else json.loads(text)


def catalog() -> List[Dict[str, Any]]:
    """Every operation of every provider: ``[{provider, name, method, path, safety, doc, summary, …}]``."""
    result: List[Dict[str, Any]] = json.loads(_native.catalog())
    return result
