"""A tiny threaded HTTP/1.1 server on 127.0.0.1 that answers fixed JSON: the bench measures the
client, so the server does as little as it can (no validation, unlike the mock)."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops SYNs when 50 clients connect at once (1 s retransmits)


def serve(routes: dict[str, Any]) -> ThreadingHTTPServer:
    """Serve `routes` (GET path → JSON body) from a daemon thread; `server.shutdown()` stops it."""
    bodies = {path: json.dumps(body).encode() for path, body in routes.items()}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as bexio
        disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK wait

        def do_GET(self) -> None:
            body = bodies.get(urlsplit(self.path).path)
            status = 200 if body is not None else 404
            body = body if body is not None else b'{"error_code": 404, "message": "Not found"}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
