"""Runs every shared vector (tests/vectors/**/case.json) per tests/vectors/README.md."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any, Dict, List, Union

import pytest

import registrar_kit as rk

REPO = Path(__file__).resolve().parents[2]
VECTORS = REPO / "tests" / "vectors"


def _walk() -> List[Path]:
    """Every case.json, found with os.walk (the count test cross-checks with Path.rglob)."""
    found = []
    for dirpath, _dirs, files in os.walk(VECTORS):
        if "case.json" in files:
            found.append(Path(dirpath) / "case.json")
    return sorted(found)


CASES = _walk()


def _id(path: Path) -> str:
    return path.parent.relative_to(VECTORS).as_posix()


def json_equal(a: Any, b: Any) -> bool:
    """Deep JSON equality that, unlike ``==``, keeps ``true`` and ``1`` apart."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def body_bytes(body: Union[str, Dict[str, str], None]) -> bytes:
    if body is None:
        return b""
    if isinstance(body, dict):
        return base64.b64decode(body["base64"])
    return body.encode("utf-8")


def body_json(body: bytes) -> Union[str, Dict[str, str]]:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(body).decode("ascii")}


def request_json(req: rk.HttpRequest) -> Dict[str, Any]:
    return {
        "method": req.method,
        "url": req.url,
        "headers": [[k, v] for k, v in req.headers],
        "body": body_json(req.body),
    }


def assert_request(actual: rk.HttpRequest, expected: Dict[str, Any], what: str) -> None:
    got = request_json(actual)
    want = {
        "method": expected["method"],
        "url": expected["url"],
        "headers": [list(h) for h in expected.get("headers", [])],
        "body": body_json(body_bytes(expected.get("body"))),
    }
    for key in ("method", "url", "headers", "body"):
        assert got[key] == want[key], f"{what}.{key}"


def assert_error(err: rk.RegistrarError, expected: Dict[str, Any]) -> None:
    actual = err.to_dict()
    for key, value in expected.items():
        assert key in actual and json_equal(actual[key], value), (
            f"error member {key!r}: expected {value!r}, got {actual.get(key)!r} (error: {actual})"
        )
    assert type(err) is rk.ERROR_CLASSES.get(actual["kind"], rk.RegistrarError)
    assert err.kind == actual["kind"]


@pytest.mark.parametrize("path", CASES, ids=[_id(p) for p in CASES])
def test_vector(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    client = rk.Client(case["provider"], case.get("config", {}))
    op = case["operation"]
    ran = False

    if any(k in case for k in ("params", "request", "prepare_error", "redacted")):
        ran = True
        if "prepare_error" in case:
            with pytest.raises(rk.RegistrarError) as info:
                client.prepare(op, case.get("params"))
            assert_error(info.value, case["prepare_error"])
        else:
            req = client.prepare(op, case.get("params"))
            if "request" in case:
                assert_request(req, case["request"], "request")
            if "redacted" in case:
                assert_request(client.redact(req), case["redacted"], "redacted")

    if "response" in case:
        ran = True
        r = case["response"]
        response = rk.HttpResponse(
            r["status"], [(k, v) for k, v in r.get("headers", [])], body_bytes(r.get("body"))
        )
        if "error" in case:
            with pytest.raises(rk.RegistrarError) as info:
                client.parse(op, response)
            assert_error(info.value, case["error"])
        else:
            output = client.parse(op, response)
            if "output" in case:
                assert json_equal(output, case["output"]), f"output: {json.dumps(output)}"

    assert ran, "the vector has neither a request half nor a response half"


def test_every_vector_is_run() -> None:
    on_disk = sorted(VECTORS.rglob("case.json"))
    assert len(on_disk) > 0, f"no case.json under {VECTORS}"
    assert len(CASES) == len(on_disk)
    assert CASES == on_disk
