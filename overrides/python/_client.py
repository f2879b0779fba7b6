"""`Bexio` and `AsyncBexio`: the generated operations behind one request policy.

Authentication (a personal access token or OAuth2), timeouts, the User-Agent, retries
(`_retries.RetryPolicy`), typed errors and pagination are set here once, for every
operation; `bexio.<section>.<operation>` comes from the generated resources.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from typing import Any

import httpx

from ._resource import AsyncRunner, BoundOperation, SyncRunner
from ._retries import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._version import __version__
from .api import Resources
from .client import AuthenticatedClient
from .errors import AuthenticationError
from .oauth import OAuth2
from .pagination import aiterate, iterate

DEFAULT_BASE_URL = "https://api.bexio.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
USER_AGENT = f"bexio-client-python/{__version__}"
TOKEN_VARIABLE = "BEXIO_ACCESS_TOKEN"


class BearerToken(httpx.Auth):
    """A personal access token (or any fixed access token), never shown in reprs."""

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "BearerToken(<hidden>)"


class _Base(Resources):
    """What the sync and async clients share; they differ only in their httpx parts."""

    _http: type[httpx.Client] | type[httpx.AsyncClient]
    _transport: Callable[[], Any]
    _retry_transport: type[RetryTransport] | type[AsyncRetryTransport]
    _runner_class: type[SyncRunner] | type[AsyncRunner]
    _sleep: Callable[[float], Any]

    def __init__(
        self,
        access_token: str | None = None,
        *,
        oauth: OAuth2 | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        headers: dict[str, str] | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        pause = self._sleep if sleep is None else sleep
        self._oauth = oauth
        retrying = self._retry_transport(transport or self._transport(), retry or RetryPolicy(), pause)
        self.http = self._http(
            base_url=base_url,
            auth=_auth(access_token, oauth),
            timeout=timeout,
            transport=retrying,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})},
        )
        self.client = AuthenticatedClient(base_url=base_url, token="", raise_on_unexpected_status=True)
        if isinstance(self.http, httpx.Client):
            self.client.set_httpx_client(self.http)
        else:
            self.client.set_async_httpx_client(self.http)
        super().__init__(self._runner_class(self.client))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.http.base_url)!r})"


def _auth(access_token: str | None, oauth: OAuth2 | None) -> httpx.Auth:
    if oauth is not None:
        return oauth
    token = access_token or os.environ.get(TOKEN_VARIABLE)
    if not token:
        raise AuthenticationError(f"no bexio token: pass access_token= or oauth=, or set {TOKEN_VARIABLE}")
    return BearerToken(token)


class Bexio(_Base):
    """The bexio API, synchronously. Use it as a context manager, or call `close()`.

    bexio = Bexio()                         # BEXIO_ACCESS_TOKEN from the environment
    bexio = Bexio(access_token="…")         # a personal access token
    bexio = Bexio(oauth=OAuth2(...))        # an OAuth2 token that refreshes itself

    Options: base_url, timeout, retry (a RetryPolicy), headers, transport, sleep.
    """

    _http, _transport, _retry_transport, _runner_class = httpx.Client, httpx.HTTPTransport, RetryTransport, SyncRunner
    _sleep = staticmethod(time.sleep)

    def paginate(self, operation: BoundOperation, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Every item of a list or search, page after page: `bexio.paginate(bexio.contacts.list)`."""
        return iterate(operation, args, kwargs)

    def close(self) -> None:
        self.http.close()
        if self._oauth is not None:
            self._oauth.close()

    def __enter__(self) -> Bexio:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncBexio(_Base):
    """The bexio API for asyncio: `await bexio.contacts.list()`; `async with AsyncBexio() as bexio`."""

    _http, _transport, _retry_transport, _runner_class = (
        httpx.AsyncClient,
        httpx.AsyncHTTPTransport,
        AsyncRetryTransport,
        AsyncRunner,
    )
    _sleep = staticmethod(asyncio.sleep)

    def paginate(self, operation: BoundOperation, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        """Every item of a list or search: `async for contact in bexio.paginate(bexio.contacts.list)`."""
        return aiterate(operation, args, kwargs)

    async def close(self) -> None:
        await self.http.aclose()
        if self._oauth is not None:
            await self._oauth.aclose()

    async def __aenter__(self) -> AsyncBexio:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
