"""registrar-kit: sans-IO requests and responses for domain-registrar reseller APIs.

The library builds every request and parses every response; your program owns the network::

    import registrar_kit

    client = registrar_kit.Client("alldomains", {"token": "..."})
    request = client.prepare("servicedomain/check", {"sld": "example", "tld": ".uz"})
    response = registrar_kit.urllib_transport(request)      # or requests, httpx, aiohttp, ...
    print(client.parse("servicedomain/check", response))   # {'available': True}

    # or all three at once:
    client.call("servicedomain/check", {"sld": "example", "tld": ".uz"})

Errors are :class:`RegistrarError` subclasses, one per kind (``err.kind``, ``err.retryable``,
``err.provider_code``, ``err.to_dict()``).
"""

from ._client import Client, Flow, Transport, catalog
from ._errors import (
    ERROR_CLASSES,
    AlreadyExistsError,
    AuthError,
    InsufficientFundsError,
    InvalidInputError,
    IpNotAllowedError,
    NotFoundError,
    PendingError,
    ProtocolError,
    ProviderDownError,
    RateLimitedError,
    RegistrarError,
    RejectedError,
    TransportError,
    UnavailableError,
    UnsupportedError,
)
from ._http import Headers, HttpRequest, HttpResponse, urllib_transport
from ._native import PROVIDERS
from ._registrar import (
    AsyncTransport,
    AuthCode,
    Availability,
    Balance,
    CheckResult,
    CommonOp,
    Contact,
    ContactRole,
    Created,
    DnsRecord,
    DomainContact,
    DomainInfo,
    DomainPage,
    DomainSummary,
    ItemError,
    Money,
    NameServer,
    OrderResult,
    Outcome,
    Registrar,
    RegistrarFlow,
    RegisterRequest,
    TransferRequest,
    TransferStatus,
    capability_matrix,
)

__all__ = [
    "ERROR_CLASSES",
    "PROVIDERS",
    "AlreadyExistsError",
    "AsyncTransport",
    "AuthCode",
    "AuthError",
    "Availability",
    "Balance",
    "CheckResult",
    "Client",
    "CommonOp",
    "Contact",
    "ContactRole",
    "Created",
    "DnsRecord",
    "DomainContact",
    "DomainInfo",
    "DomainPage",
    "DomainSummary",
    "Flow",
    "Headers",
    "HttpRequest",
    "HttpResponse",
    "InsufficientFundsError",
    "InvalidInputError",
    "IpNotAllowedError",
    "ItemError",
    "Money",
    "NameServer",
    "NotFoundError",
    "OrderResult",
    "Outcome",
    "PendingError",
    "ProtocolError",
    "ProviderDownError",
    "RateLimitedError",
    "RegisterRequest",
    "Registrar",
    "RegistrarError",
    "RegistrarFlow",
    "RejectedError",
    "TransferRequest",
    "TransferStatus",
    "Transport",
    "TransportError",
    "UnavailableError",
    "UnsupportedError",
    "capability_matrix",
    "catalog",
    "urllib_transport",
]
