"""Core errors arrive as one exception class per kind, with the core's JSON intact."""

from __future__ import annotations

import pickle

import pytest

import registrar_kit as rk

CONFIG = {"token": "test-token"}

KINDS = {
    "invalid_input": rk.InvalidInputError,
    "auth": rk.AuthError,
    "ip_not_allowed": rk.IpNotAllowedError,
    "rate_limited": rk.RateLimitedError,
    "not_found": rk.NotFoundError,
    "unavailable": rk.UnavailableError,
    "already_exists": rk.AlreadyExistsError,
    "insufficient_funds": rk.InsufficientFundsError,
    "pending": rk.PendingError,
    "provider_down": rk.ProviderDownError,
    "rejected": rk.RejectedError,
    "protocol": rk.ProtocolError,
    "unsupported": rk.UnsupportedError,
    "transport": rk.TransportError,
}


def test_one_class_per_kind() -> None:
    from registrar_kit import _native

    assert list(KINDS) == list(_native.ERROR_KINDS), "the core's kinds, in its order"
    assert rk.ERROR_CLASSES == KINDS
    for kind, cls in KINDS.items():
        assert issubclass(cls, rk.RegistrarError) and issubclass(cls, Exception)
        assert cls.kind == kind


def test_empty_sld_is_invalid_input_on_sld() -> None:
    client = rk.Client("alldomains", CONFIG)
    with pytest.raises(rk.InvalidInputError) as info:
        client.prepare("servicedomain/check", {"sld": "", "tld": ".uz"})
    err = info.value
    assert err.kind == "invalid_input"
    assert err.field == "sld"
    assert err.retryable is False
    assert err.to_dict()["field"] == "sld"
    assert err.to_dict()["kind"] == "invalid_input"
    assert str(err).startswith("invalid_input: ")


def test_unknown_provider() -> None:
    with pytest.raises(rk.InvalidInputError) as info:
        rk.Client("no-such-registrar", CONFIG)
    assert info.value.field == "provider"
    assert "no-such-registrar" in info.value.message


def test_unknown_operation_is_unsupported() -> None:
    client = rk.Client("alldomains", CONFIG)
    with pytest.raises(rk.UnsupportedError) as info:
        client.prepare("servicedomain/no_such_thing", {})
    assert info.value.kind == "unsupported"
    with pytest.raises(rk.UnsupportedError):
        client.parse("servicedomain/no_such_thing", rk.HttpResponse(200, [], b"{}"))


def test_bad_config() -> None:
    with pytest.raises(rk.InvalidInputError) as info:
        rk.Client("alldomains", {"token": ""})
    assert info.value.field == "token"
    with pytest.raises(rk.InvalidInputError) as info:
        rk.Client("alldomains", {"token": "t", "base_url": "ftp://x"})
    assert info.value.field == "base_url"


def test_wrong_params_shape() -> None:
    client = rk.Client("alldomains", CONFIG)
    with pytest.raises(rk.InvalidInputError) as info:
        client.prepare("servicedomain/check", {"sld": "example", "tld": ".uz", "bogus": 1})
    assert info.value.field == "params"
    with pytest.raises(rk.InvalidInputError):
        client.prepare("servicedomain/check", None)


def test_provider_error_keeps_code_and_message() -> None:
    client = rk.Client("alldomains", CONFIG)
    body = b'{"result": null, "error": {"message": "Domain not found", "code": 9999}}'
    with pytest.raises(rk.NotFoundError) as info:
        client.parse("servicedomain/get_domain", rk.HttpResponse(200, [], body))
    err = info.value
    assert err.provider_code == "9999"
    assert err.provider_message == "Domain not found"
    assert err.status == 200
    assert err.to_dict()["provider_code"] == "9999"


def test_garbage_response_is_protocol_error_with_excerpt() -> None:
    client = rk.Client("alldomains", CONFIG)
    with pytest.raises(rk.ProtocolError) as info:
        client.parse("servicedomain/check", rk.HttpResponse(200, [], b"<html>proxy error</html>"))
    assert info.value.body_excerpt is not None
    assert "proxy error" in info.value.body_excerpt


def test_non_utf8_and_huge_bodies_never_crash() -> None:
    client = rk.Client("alldomains", CONFIG)
    for body in (b"\xff\xfe\x00", b"{" * 100_000, b""):
        for status in (200, 404, 500, 599):
            with pytest.raises(rk.RegistrarError):
                client.parse("servicedomain/check", rk.HttpResponse(status, [], body))


def test_from_dict_round_trip_and_pickle() -> None:
    data = {
        "kind": "rate_limited",
        "message": "slow down",
        "retryable": True,
        "status": 429,
        "provider_code": "42",
        "details": {"retry_after": 3},
    }
    err = rk.RegistrarError.from_dict(data)
    assert type(err) is rk.RateLimitedError
    assert err.to_dict() == data
    assert err.retryable and err.status == 429 and err.details == {"retry_after": 3}
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is rk.RateLimitedError and copy.to_dict() == data


def test_unknown_kind_falls_back_to_base_class() -> None:
    err = rk.RegistrarError.from_dict({"kind": "brand_new", "message": "m", "retryable": False})
    assert type(err) is rk.RegistrarError
    assert err.kind == "brand_new"


def test_exceptions_can_be_raised_directly() -> None:
    with pytest.raises(rk.RegistrarError) as info:
        raise rk.NotFoundError("gone", provider_code="7")
    assert info.value.kind == "not_found"
    assert info.value.to_dict() == {"kind": "not_found", "message": "gone", "retryable": False, "provider_code": "7"}
