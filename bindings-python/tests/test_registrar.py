"""The unified Registrar: every tests/registrar/*-lifecycle.json (check → info → set name servers →
lock → renew over recorded responses, an unsupported cell, a transport failure on renew), run
through a host transport; see tests/registrar/README.md."""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path
from typing import Any, Callable, Dict, List

import pytest

import registrar_kit as rk

REPO = Path(__file__).resolve().parents[2]
FIXTURES = sorted((REPO / "tests" / "registrar").glob("*-lifecycle.json"))


def _load(path: Path) -> Dict[str, Any]:
    result: Dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def _recorded(ref: Dict[str, Any]) -> rk.HttpResponse:
    case = _load(REPO / "tests" / "vectors" / ref["vector"] / "case.json")
    r = case["response"]
    body = r.get("body")
    raw = base64.b64decode(body["base64"]) if isinstance(body, dict) else str(body or "").encode()
    return rk.HttpResponse(r["status"], [(h[0], h[1]) for h in r.get("headers", [])], raw)


def _pointer(value: Any, ptr: str) -> Any:
    for key in ptr.split("/")[1:]:
        key = key.replace("~1", "/").replace("~0", "~")
        if isinstance(value, list):
            value = value[int(key)] if int(key) < len(value) else None
        elif isinstance(value, dict):
            value = value.get(key)
        else:
            return None
    return value


class Replay:
    """A transport answering each expected call in turn, after checking the request."""

    def __init__(self, calls: List[Dict[str, Any]], label: str) -> None:
        self.calls = calls
        self.label = label
        self.count = 0
        self.mismatches: List[str] = []

    def __call__(self, request: rk.HttpRequest) -> rk.HttpResponse:
        assert self.count < len(self.calls), f"{self.label}: unexpected {request.method} {request.url}"
        want = self.calls[self.count]["request"]
        if (request.method, request.url) != (want["method"], want["url"]):
            self.mismatches.append(f"{self.label} call {self.count}: {request.method} {request.url} != {want}")
        response = _recorded(self.calls[self.count]["response"])
        self.count += 1
        return response


def _ids(paths: List[Path]) -> List[str]:
    return [p.name for p in paths]


def test_fixtures_exist() -> None:
    assert len(FIXTURES) >= 3


@pytest.mark.parametrize("path", FIXTURES, ids=_ids(FIXTURES))
def test_lifecycle_through_run(path: Path) -> None:
    f = _load(path)
    r = rk.Registrar(f["provider"], f["config"])
    for step in f["steps"]:
        send = Replay(step["calls"], step["op"])
        out = r.run(step["op"], step["params"], send=send)
        assert send.mismatches == []
        assert send.count == len(step["calls"]), step["op"]
        for ptr, want in step["expect"].items():
            assert _pointer(out, ptr) == want, f"{step['op']} {ptr}"


@pytest.mark.parametrize("path", FIXTURES, ids=_ids(FIXTURES))
def test_lifecycle_through_start_next_feed(path: Path) -> None:
    f = _load(path)
    r = rk.Registrar(f["provider"], f["config"])
    for step in f["steps"]:
        flow = r.start(step["op"], step["params"])
        for i, call in enumerate(step["calls"]):
            request = flow.next()
            assert request is not None, f"{step['op']}: ended before call {i}"
            assert request.url == call["request"]["url"]
            flow.feed(_recorded(call["response"]))
        assert flow.next() is None
        out = flow.output()
        for ptr, want in step["expect"].items():
            assert _pointer(out, ptr) == want, f"{step['op']} {ptr}"


@pytest.mark.parametrize("path", FIXTURES, ids=_ids(FIXTURES))
def test_unsupported_fails_before_any_send(path: Path) -> None:
    f = _load(path)
    r = rk.Registrar(f["provider"], f["config"])
    op, params = f["unsupported"]["op"], f["unsupported"]["params"]
    assert r.capabilities()[op]["kind"] == "unsupported"
    sent: List[rk.HttpRequest] = []

    def send(request: rk.HttpRequest) -> rk.HttpResponse:
        sent.append(request)
        raise AssertionError("must not send")

    with pytest.raises(rk.UnsupportedError) as err:
        r.run(op, params, send=send)
    assert err.value.kind == "unsupported"
    assert sent == []


@pytest.mark.parametrize("path", FIXTURES, ids=_ids(FIXTURES))
def test_transport_failure_on_renew(path: Path) -> None:
    f = _load(path)
    t = f["transport_failure"]
    r = rk.Registrar(f["provider"], f["config"])
    replay = Replay(t["calls"], "transport")
    cause = ConnectionResetError("connection reset")

    def send(request: rk.HttpRequest) -> rk.HttpResponse:
        if replay.count < len(t["calls"]):
            return replay(request)
        raise cause

    with pytest.raises(rk.TransportError) as err:
        r.run(t["op"], t["params"], send=send)
    e = err.value
    assert e.kind == t["error"]["kind"]
    assert e.retryable is t["error"]["retryable"]
    assert e.__cause__ is cause
    assert isinstance(e.details, dict)
    for key, want in t["error"]["details"].items():
        assert e.details[key] == want, key
    assert replay.count == len(t["calls"]) and replay.mismatches == []


def _alldomains() -> Dict[str, Any]:
    return _load(next(p for p in FIXTURES if p.name.startswith("alldomains")))


def test_convenience_methods_are_typed_results() -> None:
    f = _alldomains()
    r = rk.Registrar(f["provider"], f["config"])
    check, info, ns, lock, renew = f["steps"]
    results: List[rk.CheckResult] = r.check(check["params"]["domains"], send=Replay(check["calls"], "check"))
    assert [x["availability"] for x in results] == ["available", "taken"]
    got: rk.DomainInfo = r.info(info["params"]["domain"], send=Replay(info["calls"], "info"))
    assert got.get("locked") is True
    servers = ns["params"]["name_servers"]
    r.set_nameservers(ns["params"]["domain"], servers, send=Replay(ns["calls"], "ns"))
    r.lock(lock["params"]["domain"], send=Replay(lock["calls"], "lock"))
    order: rk.OrderResult = r.renew(
        renew["params"]["domain"], renew["params"]["years"], send=Replay(renew["calls"], "renew")
    )
    assert order["domain"] == "example-domain.com"
    assert rk.capability_matrix()[f["provider"]] == r.capabilities()


def test_run_async_with_an_asyncio_transport() -> None:
    f = _alldomains()
    r = rk.Registrar(f["provider"], f["config"])
    step = f["steps"][0]
    replay = Replay(step["calls"], "check")

    async def send(request: rk.HttpRequest) -> rk.HttpResponse:
        await asyncio.sleep(0)
        return replay(request)

    out = asyncio.run(r.run_async("check", step["params"], send=send))
    assert [x["availability"] for x in out] == ["available", "taken"]


def test_errors_of_a_flow_and_of_bad_input() -> None:
    f = _alldomains()
    r = rk.Registrar(f["provider"], f["config"])
    flow = r.start("renew", {"domain": "example-domain.com", "years": 1})
    flow.feed(_recorded({"vector": "alldomains/servicedomain/get_domain/success"}))
    assert flow.next() is not None
    flow.feed(_recorded({"vector": "alldomains/servicedomain/renew_domain/error"}))
    assert flow.next() is None
    with pytest.raises(rk.RegistrarError) as err:
        flow.output()
    assert err.value.provider_message is not None
    with pytest.raises(rk.InvalidInputError) as bad:
        r.start("renew", {"domain": "example-domain.com", "years": 0})
    assert bad.value.field == "years"
    never: Callable[[rk.HttpRequest], rk.HttpResponse] = Replay([], "none")
    with pytest.raises(rk.InvalidInputError):
        r.run("check", {"domains": []}, send=never)
