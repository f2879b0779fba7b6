"""The client's HTTP options as a user sets them: their own httpx client, the environment's
proxies (a real proxy on a local socket), and a base URL checked at construction."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from bexio_client import AsyncBexio, Bexio, RetryPolicy
from bexio_client.errors import APIConnectionError
from tests.mock import BexioMock

CONTACT = BexioMock().example_reply("getContact").body


@pytest.fixture
def proxy():
    """An HTTP proxy on 127.0.0.1 that answers every request itself and records its target."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            seen.append(self.path)  # absolute-form: the proxy is asked for the whole URL
            body = json.dumps(CONTACT).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


def test_the_environment_proxy_carries_every_request(proxy, monkeypatch):
    url, seen = proxy
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", url)
    with Bexio("token", base_url="http://bexio.invalid") as bexio:
        assert bexio.contacts.get(4).id == CONTACT["id"]
    assert seen == ["http://bexio.invalid/2.0/contact/4?show_archived=false"]


def test_no_proxy_bypasses_the_proxy(proxy, monkeypatch):
    url, seen = proxy
    monkeypatch.setenv("HTTP_PROXY", url)
    monkeypatch.setenv("NO_PROXY", "bexio.invalid")
    with Bexio("token", base_url="http://bexio.invalid", retry=RetryPolicy(max_attempts=1)) as bexio:
        with pytest.raises(APIConnectionError):  # the name does not resolve: no proxy was asked
            bexio.contacts.get(4, timeout=2)
    assert seen == []


def test_your_own_httpx_client_is_used_with_bexios_auth_and_base_url():
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=CONTACT)

    own = httpx.Client(transport=httpx.MockTransport(answer), headers={"X-Mine": "1"})
    with Bexio("secret-token", http_client=own) as bexio:
        assert bexio.contacts.get(4).id == CONTACT["id"]
    (request,) = sent
    assert request.url == "https://api.bexio.com/2.0/contact/4?show_archived=false"
    assert request.headers["Authorization"] == "Bearer secret-token" and request.headers["X-Mine"] == "1"


def test_an_async_client_takes_an_async_httpx_client_only():
    with pytest.raises(TypeError, match="AsyncClient"):
        AsyncBexio("token", http_client=httpx.Client())


@pytest.mark.parametrize("base_url", ["api.bexio.com", "ftp://api.bexio.com", "https://", "localhost:4010"])
def test_a_base_url_without_an_http_scheme_is_refused_at_once(base_url):
    with pytest.raises(ValueError, match="base_url"):
        Bexio("token", base_url=base_url)
