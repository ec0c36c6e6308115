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

__all__ = [
    "ERROR_CLASSES",
    "PROVIDERS",
    "AlreadyExistsError",
    "AuthError",
    "Client",
    "Flow",
    "Headers",
    "HttpRequest",
    "HttpResponse",
    "InsufficientFundsError",
    "InvalidInputError",
    "IpNotAllowedError",
    "NotFoundError",
    "PendingError",
    "ProtocolError",
    "ProviderDownError",
    "RateLimitedError",
    "RegistrarError",
    "RejectedError",
    "Transport",
    "TransportError",
    "UnavailableError",
    "UnsupportedError",
    "catalog",
    "urllib_transport",
]
