"""Every flow vector under tests/flows (see its README), through Client.flow and Client.run_flow."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

import registrar_kit as rk

REPO = Path(__file__).resolve().parents[2]
FLOWS = sorted((REPO / "tests" / "flows").rglob("flow.json"))


def _body(body: Any) -> bytes:
    if isinstance(body, dict):
        return base64.b64decode(body["base64"])
    return str(body or "").encode()


def _response(r: Dict[str, Any]) -> rk.HttpResponse:
    return rk.HttpResponse(r["status"], [tuple(h) for h in r.get("headers", [])], _body(r.get("body")))


def _check_output(case: Dict[str, Any], output: Any) -> None:
    if "output" in case:
        assert output == case["output"]
    for key, want in case.get("output_error", {}).items():
        assert output["error"][key] == want, key
    assert "output" in case or "output_error" in case


def test_flows_exist() -> None:
    assert FLOWS, "no tests/flows/**/flow.json"


@pytest.mark.parametrize("path", FLOWS, ids=[str(p.relative_to(REPO)) for p in FLOWS])
def test_flow_vector(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    client = rk.Client(case["provider"], case["config"])
    flow = client.flow(case["flow"], case["params"])
    for i, step in enumerate(case["steps"]):
        request = flow.next()
        assert request is not None, f"step {i}: the flow ended early"
        want = step["request"]
        assert (request.method, request.url) == (want["method"], want["url"]), i
        assert [list(h) for h in request.headers] == want["headers"], i
        assert request.body == _body(want["body"]), i
        flow.feed(_response(step["response"]))
    assert flow.next() is None, "the flow wants more requests than the steps give"
    _check_output(case, flow.output())


def test_run_flow_with_a_transport() -> None:
    path = next(p for p in FLOWS if "login-get-logout" in str(p))
    case = json.loads(path.read_text(encoding="utf-8"))
    client = rk.Client(case["provider"], case["config"])
    sent: List[str] = []

    def send(request: rk.HttpRequest) -> rk.HttpResponse:
        step = case["steps"][len(sent)]
        sent.append(request.url)
        return _response(step["response"])

    _check_output(case, client.run_flow(case["flow"], case["params"], send=send))
    assert sent == [s["request"]["url"] for s in case["steps"]]
    assert [f["name"] for f in client.flows()] == ["session"]
    with pytest.raises(rk.UnsupportedError):
        rk.Client("alldomains", {"token": "t"}).flow("session")
