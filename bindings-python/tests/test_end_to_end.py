"""A real HTTP round trip: Client.call with urllib_transport against a local fake Alldomains."""

from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Tuple

import pytest

import registrar_kit as rk

TOKEN = "e2e-token-0123456789"


class FakeAlldomains(BaseHTTPRequestHandler):
    """Answers like alldomains.uz: a JSON envelope `{"result": …, "error": …}`."""

    seen: List[Dict[str, Any]] = []
    routes: Dict[str, Tuple[int, bytes]] = {
        "/api/client/servicedomain/check": (200, b'{"result": true, "error": null}'),
        "/api/client/servicedomain/get_domain": (
            200,
            b'{"result": null, "error": {"message": "Domain not found", "code": 9999}}',
        ),
        "/api/client/servicedomain/renew_domain": (503, b"<html>Service Unavailable</html>"),
    }

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.seen.append(
            {
                "method": self.command,
                "path": self.path,
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": self.rfile.read(length),
            }
        )
        status, body = self.routes.get(self.path, (404, b'{"result": null, "error": {"message": "Not found", "code": 404}}'))
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if body.startswith(b"{") else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer
    do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base signature
        pass


@pytest.fixture
def server() -> Iterator[str]:
    FakeAlldomains.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeAlldomains)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_check_round_trip(server: str) -> None:
    client = rk.Client("alldomains", {"token": TOKEN, "base_url": server})
    out = client.call("servicedomain/check", {"sld": "example", "tld": ".uz"})
    assert out == {"available": True}

    (seen,) = FakeAlldomains.seen
    assert seen["method"] == "POST"
    assert seen["path"] == "/api/client/servicedomain/check"
    expected_auth = "Basic " + base64.b64encode(f"client:{TOKEN}".encode()).decode()
    assert seen["headers"]["authorization"] == expected_auth
    assert seen["headers"]["content-type"].startswith("application/json")
    assert json.loads(seen["body"]) == {"sld": "example", "tld": ".uz"}
    assert seen["body"] == b'{"sld":"example","tld":".uz"}'


def test_provider_error_round_trip(server: str) -> None:
    client = rk.Client("alldomains", {"token": TOKEN, "base_url": server})
    with pytest.raises(rk.NotFoundError) as info:
        client.call("servicedomain/get_domain", {"domain": "missing.uz"})
    assert info.value.provider_code == "9999"
    assert info.value.provider_message == "Domain not found"
    (seen,) = FakeAlldomains.seen
    assert seen["path"] == "/api/client/servicedomain/get_domain"
    assert json.loads(seen["body"]) == {"domain": "missing.uz"}


def test_non_2xx_reaches_the_core(server: str) -> None:
    client = rk.Client("alldomains", {"token": TOKEN, "base_url": server})
    req = client.prepare("servicedomain/renew_domain", {"domain_id": "1"})
    resp = rk.urllib_transport(req, timeout=10)
    assert resp.status == 503
    assert resp.body == b"<html>Service Unavailable</html>"
    assert resp.header("Content-Type") == "text/html"
    with pytest.raises(rk.ProviderDownError) as info:
        client.parse("servicedomain/renew_domain", resp)
    assert info.value.status == 503
    assert info.value.retryable is True


def test_custom_transport_is_used() -> None:
    client = rk.Client("alldomains", {"token": TOKEN})
    sent: List[rk.HttpRequest] = []

    def send(request: rk.HttpRequest) -> rk.HttpResponse:
        sent.append(request)
        return rk.HttpResponse(200, [("content-type", "application/json")], b'{"result": true, "error": null}')

    assert client.call("servicedomain/check", {"sld": "xn--e1afmkfd", "tld": "uz"}, send=send) == {"available": True}
    (req,) = sent
    assert req.url == "https://alldomains.uz/api/client/servicedomain/check"


def test_network_failure_is_a_transport_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = rk.Client("alldomains", {"token": TOKEN, "base_url": f"http://127.0.0.1:{port}"})
    send = lambda r: rk.urllib_transport(r, timeout=5)  # noqa: E731
    with pytest.raises(rk.TransportError) as caught:
        client.call("servicedomain/check", {"sld": "example", "tld": ".uz"}, send=send)
    assert isinstance(caught.value.__cause__, OSError)
    assert caught.value.retryable, "a check is safe to repeat"
    with pytest.raises(rk.TransportError) as caught:
        client.call("servicedomain/renew_domain", {"domain_id": "16"}, send=send)
    assert not caught.value.retryable, "a renewal moves money: confirm before retrying"
    assert caught.value.details["confirm_with"] == "servicedomain/get_domain"
