"""A strict, stateful stand-in for bexio built from the published spec (bexio has no sandbox).

`BexioMock().app` is an ASGI app: tests drive it in process (httpx.ASGITransport, Starlette's
TestClient, schemathesis); `make mock` serves it on 127.0.0.1:4010.
"""

from .app import BexioMock, Call, Reply

__all__ = ["BexioMock", "Call", "Reply"]
