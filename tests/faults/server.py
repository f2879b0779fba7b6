"""A scripted bexio on a real socket (127.0.0.1, a free port) for the fault tests.

Each test sets `server.script`: a function from the `Call` received to the `Reply` to give,
which may cut the body halfway and drop the connection. `server.transport()` runs the same
script in-process (httpx.MockTransport) where a socket would only make a long test slower.
`http.server` is enough here: the tests need real sockets and broken connections, not speed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON, or bytes as they are
    headers: dict[str, str] = field(default_factory=dict)
    cut: bool = False  # send the headers and half the body, then drop the connection

    def content(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return b"" if self.body is None else json.dumps(self.body).encode()


def not_scripted(call: Call) -> Reply:
    return Reply(404, {"error_code": 404, "message": f"no script for {call.method} {call.path}"})


class FaultServer:
    def __init__(self) -> None:
        self.script: Callable[[Call], Reply] = not_scripted
        self.calls: list[Call] = []
        self._lock = threading.Lock()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._http.daemon_threads = True
        self._http.handle_error = lambda request, address: None  # a client that hung up is part of the script
        # Polled every 20 ms for `shutdown` (the default 0.5 s was half a second per test).
        self._thread = threading.Thread(target=self._http.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host}:{port}"

    def count(self, path: str) -> int:
        return sum(call.path == path for call in self.calls)

    def answer(self, call: Call) -> Reply:
        with self._lock:
            self.calls.append(call)
        return self.script(call)

    def transport(self) -> httpx.MockTransport:
        """The same script without a socket (a cut reply is not possible there)."""

        def handle(request: httpx.Request) -> httpx.Response:
            reply = self.answer(_call(request.method, request.url.raw_path.decode(), request.headers, request.read()))
            return httpx.Response(reply.status, headers=_headers(reply), content=reply.content())

        return httpx.MockTransport(handle)

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()


def _call(method: str, target: str, headers: Any, body: bytes) -> Call:
    url = urlsplit(target)
    lowered = {name.lower(): value for name, value in headers.items()}
    return Call(method, url.path, dict(parse_qsl(url.query)), lowered, body)


def _headers(reply: Reply) -> dict[str, str]:
    return {"Content-Type": "application/json", **reply.headers}


def _handler(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as bexio
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls

        def serve(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            reply = server.answer(_call(self.command, self.path, self.headers, body))
            content = reply.content()
            self.send_response(reply.status)
            for name, value in {**_headers(reply), "Content-Length": str(len(content))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(content[: len(content) // 2] if reply.cut else content)
            self.wfile.flush()
            self.close_connection = reply.cut or self.close_connection

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
