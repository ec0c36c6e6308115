"""The unified registrar interface: common operations over every provider (issue 7).

Everything that knows a vendor runs in Rust; this module converts parameters and results to and
from JSON and runs a flow with the host's transport. The result types are :class:`TypedDict`\\ s
(plain dicts at run time), hand-written from ``core/src/registrar/types.rs``.
"""

from __future__ import annotations

import json
from typing import (
    TYPE_CHECKING,
    Any,
    Awaitable,
    Callable,
    Dict,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    TypedDict,
    Union,
    cast,
)

from . import _native
from ._errors import RegistrarError, _from_json
from ._http import HttpRequest, HttpResponse, urllib_transport

if TYPE_CHECKING:
    # Only in annotations, which `from __future__ import annotations` leaves unevaluated, so
    # Python 3.9 and 3.10 (no typing.NotRequired) need no typing_extensions at run time.
    from typing_extensions import NotRequired

#: A transport: sends a prepared request and returns the response (any status).
Transport = Callable[[HttpRequest], HttpResponse]
#: An asyncio transport for :meth:`Registrar.run_async`.
AsyncTransport = Callable[[HttpRequest], Awaitable[HttpResponse]]

#: The common operations, as :meth:`Registrar.start` and :meth:`Registrar.run` take them.
CommonOp = Literal[
    "check",
    "info",
    "get_nameservers",
    "set_nameservers",
    "lock",
    "unlock",
    "renew",
    "register",
    "transfer",
    "transfer_status",
    "list_domains",
    "balance",
    "privacy_on",
    "privacy_off",
    "auth_code",
    "regenerate_auth_code",
    "dns_list",
    "dns_add",
    "dns_delete",
    "create_contact",
    "set_contacts",
    "child_ns_create",
    "child_ns_update",
    "child_ns_delete",
]

Availability = Literal["available", "taken", "reserved", "unknown"]
ContactRole = Literal["registrant", "admin", "tech", "billing"]


class Money(TypedDict):
    """An amount (decimal text as the provider gave it) with its currency when known."""

    amount: str
    currency: NotRequired[str]


class ItemError(TypedDict):
    """A per-item failure inside a bulk result."""

    kind: str
    message: str
    provider_code: NotRequired[str]


class CheckResult(TypedDict):
    """One name's availability (one per name checked, in order)."""

    domain: str
    availability: Availability
    premium: NotRequired[bool]
    price: NotRequired[Money]
    message: NotRequired[str]
    error: NotRequired[ItemError]
    raw: Any


class NameServer(TypedDict):
    """A name server with optional glue addresses."""

    host: str
    ips: NotRequired[List[str]]


class DnsRecord(TypedDict):
    """A DNS record; ``host`` is relative to the zone."""

    id: NotRequired[str]
    type: str
    host: str
    value: str
    ttl: NotRequired[int]
    priority: NotRequired[int]


class Contact(TypedDict, total=False):
    """A contact; ``extra`` carries the provider's own fields (never lost)."""

    id: str
    first_name: str
    last_name: str
    organization: str
    email: str
    phone_cc: str
    phone: str
    address: List[str]
    city: str
    state: str
    postal_code: str
    country: str
    extra: Dict[str, Any]


class DomainContact(TypedDict):
    roles: List[ContactRole]
    contact: Contact


class DomainInfo(TypedDict):
    domain: str
    status: List[str]
    created: NotRequired[str]
    expires: NotRequired[str]
    name_servers: List[NameServer]
    contacts: NotRequired[List[DomainContact]]
    locked: NotRequired[bool]
    privacy: NotRequired[bool]
    auto_renew: NotRequired[bool]
    provider_ids: NotRequired[Dict[str, Any]]
    raw: Any


class Outcome(TypedDict):
    """The result of a change: the outputs of the vendor calls made."""

    raw: List[Any]


class OrderResult(TypedDict):
    """The result of register, transfer or renew."""

    domain: str
    charged: NotRequired[Money]
    expires: NotRequired[str]
    raw: List[Any]


class Balance(TypedDict):
    available: Money
    credit: NotRequired[Money]
    raw: Any


class AuthCode(TypedDict):
    code: str


class DomainSummary(TypedDict):
    domain: str
    expires: NotRequired[str]
    status: NotRequired[str]
    raw: Any


class DomainPage(TypedDict):
    domains: List[DomainSummary]
    page: int
    total: NotRequired[int]
    complete: bool


class TransferStatus(TypedDict):
    domain: str
    status: str
    raw: Any


class Created(TypedDict):
    id: NotRequired[str]
    raw: List[Any]


class RegisterRequest(TypedDict):
    domain: str
    years: int
    name_servers: NotRequired[List[NameServer]]
    contacts: NotRequired[List[DomainContact]]
    extra: NotRequired[Dict[str, Any]]


class TransferRequest(TypedDict):
    domain: str
    auth_code: str
    years: NotRequired[int]
    name_servers: NotRequired[List[NameServer]]
    contacts: NotRequired[List[DomainContact]]
    extra: NotRequired[Dict[str, Any]]


def _ns(server: Union[str, NameServer]) -> NameServer:
    return {"host": server} if isinstance(server, str) else server


class RegistrarFlow:
    """A common operation run one request at a time, with no I/O of its own.

    >>> flow = registrar.start("renew", {"domain": "example.com", "years": 1})
    >>> while (request := flow.next()) is not None:
    ...     flow.feed(my_http_client(request))
    >>> flow.output()
    """

    __slots__ = ("_inner",)

    def __init__(self, inner: _native.RegistrarFlow) -> None:
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
        """The JSON-shaped result once the flow is over (``None`` while requests remain).

        Raises the flow's :class:`RegistrarError` when it ended in one.
        """
        text = self._inner.output()
        return None if text is None else json.loads(text)

    def transport_failed(self, exc: BaseException) -> RegistrarError:
        """The host's transport failed: ends the flow; returns its :class:`TransportError`
        (``retryable`` only for a lost read; ``details["common_confirm_with"]`` names the
        read-only operation that confirms the outcome of one that is not safe to repeat)."""
        return _from_json(self._inner.transport_failed(f"{type(exc).__name__}: {exc}"))


class Registrar:
    """The unified interface for one configured provider: the same common operations and result
    shapes for every provider, each run as a flow through the host's transport.

    >>> registrar = Registrar("namecom", {"username": "...", "api_token": "..."})
    >>> registrar.check(["example.com"])[0]["availability"]
    'taken'

    An operation the provider cannot do raises :class:`UnsupportedError` before anything is sent.
    """

    __slots__ = ("_inner",)

    def __init__(self, provider: str, config: Mapping[str, Any]) -> None:
        self._inner = _native.Registrar(provider, json.dumps(config))

    @property
    def provider(self) -> str:
        """The provider id."""
        return self._inner.provider

    def capabilities(self) -> Dict[str, Dict[str, Any]]:
        """How this provider does each common operation: ``{op: {"kind": …, …}}``."""
        result: Dict[str, Dict[str, Any]] = json.loads(self._inner.capabilities())
        return result

    def start(self, op: CommonOp, params: Optional[Mapping[str, Any]] = None) -> RegistrarFlow:
        """Starts common operation ``op``; bad input and unsupported operations raise here."""
        return RegistrarFlow(self._inner.start(op, json.dumps({} if params is None else params)))

    def run(
        self,
        op: CommonOp,
        params: Optional[Mapping[str, Any]] = None,
        *,
        send: Transport = urllib_transport,
    ) -> Any:
        """Runs common operation ``op`` to the end with ``send``; returns its JSON-shaped result.

        A failure of ``send`` becomes a :class:`TransportError` chained to it.
        """
        flow = self.start(op, params)
        while (request := flow.next()) is not None:
            try:
                response = send(request)
            except Exception as exc:
                raise flow.transport_failed(exc) from exc
            flow.feed(response)
        return flow.output()

    async def run_async(
        self,
        op: CommonOp,
        params: Optional[Mapping[str, Any]] = None,
        *,
        send: AsyncTransport,
    ) -> Any:
        """:meth:`run` with an asyncio transport (``async def send(request) -> HttpResponse``)."""
        flow = self.start(op, params)
        while (request := flow.next()) is not None:
            try:
                response = await send(request)
            except Exception as exc:
                raise flow.transport_failed(exc) from exc
            flow.feed(response)
        return flow.output()

    def check(self, domains: Sequence[str], *, send: Transport = urllib_transport) -> List[CheckResult]:
        """Availability of every name, one result per name in the order given."""
        return cast(List[CheckResult], self.run("check", {"domains": list(domains)}, send=send))

    def info(self, domain: str, *, send: Transport = urllib_transport) -> DomainInfo:
        return cast(DomainInfo, self.run("info", {"domain": domain}, send=send))

    def get_nameservers(self, domain: str, *, send: Transport = urllib_transport) -> List[NameServer]:
        return cast(List[NameServer], self.run("get_nameservers", {"domain": domain}, send=send))

    def set_nameservers(
        self, domain: str, name_servers: Sequence[Union[str, NameServer]], *, send: Transport = urllib_transport
    ) -> Outcome:
        """Replaces the name servers (host names, or ``{"host", "ips"}`` with glue)."""
        params = {"domain": domain, "name_servers": [_ns(s) for s in name_servers]}
        return cast(Outcome, self.run("set_nameservers", params, send=send))

    def lock(self, domain: str, *, send: Transport = urllib_transport) -> Outcome:
        return cast(Outcome, self.run("lock", {"domain": domain}, send=send))

    def unlock(self, domain: str, *, send: Transport = urllib_transport) -> Outcome:
        return cast(Outcome, self.run("unlock", {"domain": domain}, send=send))

    def privacy_on(self, domain: str, *, send: Transport = urllib_transport) -> Outcome:
        return cast(Outcome, self.run("privacy_on", {"domain": domain}, send=send))

    def privacy_off(self, domain: str, *, send: Transport = urllib_transport) -> Outcome:
        return cast(Outcome, self.run("privacy_off", {"domain": domain}, send=send))

    def renew(self, domain: str, years: int, *, send: Transport = urllib_transport) -> OrderResult:
        """Renews for ``years``. Not safe to repeat: after a transport failure, confirm with :meth:`info`."""
        return cast(OrderResult, self.run("renew", {"domain": domain, "years": years}, send=send))

    def register(self, request: RegisterRequest, *, send: Transport = urllib_transport) -> OrderResult:
        return cast(OrderResult, self.run("register", request, send=send))

    def transfer(self, request: TransferRequest, *, send: Transport = urllib_transport) -> OrderResult:
        return cast(OrderResult, self.run("transfer", request, send=send))

    def transfer_status(self, domain: str, *, send: Transport = urllib_transport) -> TransferStatus:
        return cast(TransferStatus, self.run("transfer_status", {"domain": domain}, send=send))

    def balance(self, *, send: Transport = urllib_transport) -> Balance:
        return cast(Balance, self.run("balance", {}, send=send))

    def auth_code(self, domain: str, *, send: Transport = urllib_transport) -> AuthCode:
        return cast(AuthCode, self.run("auth_code", {"domain": domain}, send=send))

    def list_domains(self, page: int = 1, per_page: int = 100, *, send: Transport = urllib_transport) -> DomainPage:
        return cast(DomainPage, self.run("list_domains", {"page": page, "per_page": per_page}, send=send))

    def dns_list(self, domain: str, *, send: Transport = urllib_transport) -> List[DnsRecord]:
        return cast(List[DnsRecord], self.run("dns_list", {"domain": domain}, send=send))

    def dns_add(self, domain: str, record: DnsRecord, *, send: Transport = urllib_transport) -> Outcome:
        return cast(Outcome, self.run("dns_add", {"domain": domain, "record": record}, send=send))

    def dns_delete(self, domain: str, record: DnsRecord, *, send: Transport = urllib_transport) -> Outcome:
        return cast(Outcome, self.run("dns_delete", {"domain": domain, "record": record}, send=send))

    def child_ns_create(
        self, domain: str, host: str, ips: Sequence[str], *, send: Transport = urllib_transport
    ) -> Outcome:
        params = {"domain": domain, "host": host, "ips": list(ips)}
        return cast(Outcome, self.run("child_ns_create", params, send=send))

    def child_ns_update(
        self, domain: str, host: str, old_ips: Sequence[str], ips: Sequence[str], *, send: Transport = urllib_transport
    ) -> Outcome:
        params = {"domain": domain, "host": host, "old_ips": list(old_ips), "ips": list(ips)}
        return cast(Outcome, self.run("child_ns_update", params, send=send))

    def child_ns_delete(
        self, domain: str, host: str, ips: Sequence[str] = (), *, send: Transport = urllib_transport
    ) -> Outcome:
        params = {"domain": domain, "host": host, "ips": list(ips)}
        return cast(Outcome, self.run("child_ns_delete", params, send=send))

    def create_contact(self, contact: Contact, *, send: Transport = urllib_transport) -> Created:
        return cast(Created, self.run("create_contact", {"contact": contact}, send=send))

    def set_contacts(
        self, domain: str, contacts: Sequence[DomainContact], *, send: Transport = urllib_transport
    ) -> Outcome:
        return cast(Outcome, self.run("set_contacts", {"domain": domain, "contacts": list(contacts)}, send=send))

    def __repr__(self) -> str:
        return f"Registrar(provider={self.provider!r})"


def capability_matrix() -> Dict[str, Dict[str, Dict[str, Any]]]:
    """The capability matrix: ``{provider: {op: {"kind": …, …}}}``."""
    result: Dict[str, Dict[str, Dict[str, Any]]] = json.loads(_native.capability_matrix())
    return result
