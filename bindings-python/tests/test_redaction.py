"""Credentials never show in a redacted request, nor in repr() of a prepared one."""

from __future__ import annotations

import base64
import dataclasses

import pytest

import registrar_kit as rk

TOKEN = "sk-live-9f8e7d6c5b4a"
BASIC = base64.b64encode(f"client:{TOKEN}".encode()).decode()


@pytest.fixture
def request_() -> rk.HttpRequest:
    client = rk.Client("alldomains", {"token": TOKEN})
    return client.prepare("servicedomain/check", {"sld": "example", "tld": ".uz"})


def _leaks(text: str) -> bool:
    return TOKEN in text or BASIC in text


def test_prepared_request_carries_the_real_credentials(request_: rk.HttpRequest) -> None:
    assert request_.header("Authorization") == f"Basic {BASIC}"


def test_redact_masks_the_credentials(request_: rk.HttpRequest) -> None:
    client = rk.Client("alldomains", {"token": TOKEN})
    red = client.redact(request_)
    assert red.header("authorization") == "***"
    assert red.method == request_.method and red.url == request_.url and red.body == request_.body
    assert not _leaks(repr(dataclasses.astuple(red)))
    assert red == request_.redacted()


def test_repr_and_str_are_redacted(request_: rk.HttpRequest) -> None:
    for text in (repr(request_), str(request_), f"{request_}", repr([request_])):
        assert not _leaks(text), text
        assert "***" in text
    assert "servicedomain/check" in repr(request_)


def test_body_and_query_secrets_are_masked() -> None:
    req = rk.HttpRequest(
        "POST",
        f"https://x.invalid/api?auth-userid=1&api-key={TOKEN}",
        [("content-type", "application/json"), ("x-trace", "1")],
        b'{"password": "%s", "n": 1}' % TOKEN.encode(),
    )
    red = req.redacted()
    assert not _leaks(red.url) and not _leaks(red.body_text)
    assert red.url.endswith("api-key=***")
    assert not _leaks(repr(req))


def test_records_are_frozen_values(request_: rk.HttpRequest) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        request_.url = "https://elsewhere.invalid/"  # type: ignore[misc]
    resp = rk.HttpResponse(200, [("Content-Type", "application/json")], b'{"a":"\xc3\xa9"}')
    assert resp.body_text == '{"a":"é"}'
    assert resp.header("content-type") == "application/json"
    assert rk.HttpResponse(204).body == b"" and rk.HttpResponse(204).headers == []
    assert request_.body_text == '{"sld":"example","tld":".uz"}'
