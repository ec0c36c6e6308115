"""The exception hierarchy: one base class, one subclass per core error kind."""

from __future__ import annotations

import json
from typing import Any, Dict, Optional, Type


class RegistrarError(Exception):
    """An error from registrar-kit: refused input, or a provider's (or the wire's) failure.

    ``kind`` is the core's snake_case kind; each kind has its own subclass, so
    ``except NotFoundError`` and ``if err.kind == "not_found"`` say the same thing.
    ``to_dict()`` gives the core's error JSON unchanged.
    """

    kind: str = "unknown"

    def __init__(
        self,
        message: str,
        *,
        kind: Optional[str] = None,
        retryable: bool = False,
        field: Optional[str] = None,
        status: Optional[int] = None,
        provider_code: Optional[str] = None,
        provider_message: Optional[str] = None,
        body_excerpt: Optional[str] = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind
        self.message = message
        self.retryable = retryable
        self.field = field
        self.status = status
        self.provider_code = provider_code
        self.provider_message = provider_message
        self.body_excerpt = body_excerpt
        self.details = details
        self._json: Dict[str, Any] = {}

    def to_dict(self) -> Dict[str, Any]:
        """The error as the core renders it (``kind``, ``message``, ``retryable``, … as present)."""
        if self._json:
            return dict(self._json)
        out: Dict[str, Any] = {"kind": self.kind, "message": self.message, "retryable": self.retryable}
        for name in ("field", "status", "provider_code", "provider_message", "body_excerpt", "details"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> RegistrarError:
        """The exception of the right subclass for the core's error JSON."""
        kind = str(data.get("kind", "unknown"))
        exc_class = _BY_KIND.get(kind, RegistrarError)
        exc = exc_class(
            str(data.get("message", "")),
            kind=kind,
            retryable=bool(data.get("retryable", False)),
            field=data.get("field"),
            status=data.get("status"),
            provider_code=data.get("provider_code"),
            provider_message=data.get("provider_message"),
            body_excerpt=data.get("body_excerpt"),
            details=data.get("details"),
        )
        exc._json = dict(data)
        return exc

    def __str__(self) -> str:
        text = f"{self.kind}: {self.message}"
        if self.provider_code is not None:
            text += f" (provider code {self.provider_code})"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_dict()!r})"

    def __reduce__(self) -> Any:
        return (_from_dict, (self.to_dict(),))


class InvalidInputError(RegistrarError):
    """The caller's input was refused (before sending, or by the provider); see ``field``."""

    kind = "invalid_input"


class AuthError(RegistrarError):
    """Credentials were refused."""

    kind = "auth"


class IpNotAllowedError(RegistrarError):
    """The caller's IP address is not on the provider's allow list."""

    kind = "ip_not_allowed"


class RateLimitedError(RegistrarError):
    """Too many requests; retry later."""

    kind = "rate_limited"


class NotFoundError(RegistrarError):
    """The domain, contact, order or service does not exist (for this account)."""

    kind = "not_found"


class UnavailableError(RegistrarError):
    """The domain (or other object) is not available, e.g. registered by someone else."""

    kind = "unavailable"


class AlreadyExistsError(RegistrarError):
    """The object already exists (in this account)."""

    kind = "already_exists"


class InsufficientFundsError(RegistrarError):
    """The account balance does not cover the operation."""

    kind = "insufficient_funds"


class PendingError(RegistrarError):
    """The operation was accepted but is not finished."""

    kind = "pending"


class ProviderDownError(RegistrarError):
    """The provider is down or failing."""

    kind = "provider_down"


class RejectedError(RegistrarError):
    """The provider refused the command; ``provider_code`` and ``provider_message`` say why."""

    kind = "rejected"


class ProtocolError(RegistrarError):
    """The response could not be understood; ``body_excerpt`` shows its start."""

    kind = "protocol"


class UnsupportedError(RegistrarError):
    """The operation is not supported by this provider or this library."""

    kind = "unsupported"


class TransportError(RegistrarError):
    """The transport could not send the request or lost the answer (connection refused, timeout).

    ``retryable`` is true only for operations safe to repeat; otherwise check the outcome with the
    operation named in ``details["confirm_with"]`` before trying again. The transport's own
    exception is chained as ``__cause__``.
    """

    kind = "transport"


_BY_KIND: Dict[str, Type[RegistrarError]] = {
    cls.kind: cls
    for cls in (
        InvalidInputError,
        AuthError,
        IpNotAllowedError,
        RateLimitedError,
        NotFoundError,
        UnavailableError,
        AlreadyExistsError,
        InsufficientFundsError,
        PendingError,
        ProviderDownError,
        RejectedError,
        ProtocolError,
        UnsupportedError,
        TransportError,
    )
}

#: Every kind the core reports, mapped to its exception class.
ERROR_CLASSES: Dict[str, Type[RegistrarError]] = dict(_BY_KIND)


def _from_dict(data: Dict[str, Any]) -> RegistrarError:
    return RegistrarError.from_dict(data)


def _from_json(text: str) -> RegistrarError:
    """Called by the native module with a core error's JSON text."""
    return RegistrarError.from_dict(json.loads(text))
