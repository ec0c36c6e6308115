"""Typical use of the public API, checked with `mypy --strict` against the installed wheel
(scripts/test-python.sh) and run by test_typecheck_usage.py with a fake transport."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional

import registrar_kit
from registrar_kit import (
    Client,
    HttpRequest,
    HttpResponse,
    InvalidInputError,
    NotFoundError,
    RegistrarError,
    Transport,
    catalog,
    urllib_transport,
)
from registrar_kit.operations import AlldomainsAvailability, AlldomainsCheckParams, AlldomainsOperation


def fake_send(request: HttpRequest) -> HttpResponse:
    assert request.method == "POST"
    return HttpResponse(200, [("content-type", "application/json")], b'{"result": true, "error": null}')


def check(client: Client, sld: str, tld: str, send: Transport = urllib_transport) -> bool:
    out: Any = client.call("servicedomain/check", {"sld": sld, "tld": tld}, send=send)
    return bool(out["available"])


def check_typed(client: Client, params: AlldomainsCheckParams) -> AlldomainsAvailability:
    """The generated TypedDicts (registrar_kit.operations) fit the generic API."""
    op: AlldomainsOperation = "servicedomain/check"
    out: AlldomainsAvailability = client.call(op, params, send=fake_send)
    return out


def describe(err: RegistrarError) -> Dict[str, Any]:
    kind: str = err.kind
    field: Optional[str] = err.field
    status: Optional[int] = err.status
    code: Optional[str] = err.provider_code
    retry: bool = err.retryable
    return {"kind": kind, "field": field, "status": status, "code": code, "retry": retry, **err.to_dict()}


def main(send: Callable[[HttpRequest], HttpResponse] = fake_send) -> List[str]:
    notes: List[str] = []
    client = Client("alldomains", {"token": "typing-token"})
    provider: str = client.provider
    notes.append(provider)

    request: HttpRequest = client.prepare("servicedomain/check", {"sld": "example", "tld": ".uz"})
    method: str = request.method
    url: str = request.url
    body: bytes = request.body
    text: str = request.body_text
    auth: Optional[str] = request.header("authorization")
    for name, value in request.headers:
        notes.append(f"{name}={len(value)}")
    safe: HttpRequest = client.redact(request)
    notes.extend([method, url, text, repr(safe), str(len(body)), str(auth is not None)])

    response: HttpResponse = send(request)
    status: int = response.status
    output: Any = client.parse("servicedomain/check", response)
    notes.append(f"{status} {output}")

    notes.append(str(check(client, "example", ".uz", send=send)))
    notes.append(str(check_typed(client, {"sld": "example", "tld": ".uz"})["available"]))

    try:
        client.prepare("servicedomain/check", {"sld": "", "tld": ".uz"})
    except InvalidInputError as err:
        notes.append(str(describe(err)["field"]))
    except NotFoundError:
        raise
    except RegistrarError as err:
        notes.append(err.message)

    ops: List[Dict[str, Any]] = client.operations()
    everything: List[Dict[str, Any]] = catalog()
    providers: tuple[str, ...] = registrar_kit.PROVIDERS
    notes.append(f"{len(ops)} {len(everything)} {providers}")
    classes: Dict[str, type[RegistrarError]] = registrar_kit.ERROR_CLASSES
    notes.append(",".join(sorted(classes)))
    rebuilt: RegistrarError = RegistrarError.from_dict({"kind": "auth", "message": "no", "retryable": False})
    notes.append(type(rebuilt).__name__)
    return notes


if __name__ == "__main__":
    print("\n".join(main()))
