"""`Bexio` and `AsyncBexio`: the typed resources behind one request policy.

Authentication (a personal access token or OAuth2), timeouts, the User-Agent, retries
(`_retries.RetryPolicy`), proxies, typed errors, strictness and pagination are set here once,
for every operation; `bexio.<section>.<method>` comes from the generated resources.
"""

from __future__ import annotations

import os
import time
import urllib.request
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._pacing import Pacer
from ._resource import Runner
from ._retries import AsyncRetryTransport, RetryPolicy, RetryTransport, async_sleep
from ._version import __version__
from .api import AsyncResources, Resources
from .errors import AuthenticationError
from .pagination import AsyncPages, Pages, paginate_async, paginate_sync

if TYPE_CHECKING:
    from .oauth import OAuth2  # only with the `oauth` extra (Authlib); a caller passing oauth= has it

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


class _Base:
    """What the sync and async clients share; they differ only in their httpx parts."""

    _http: type[httpx.Client] | type[httpx.AsyncClient]
    _transport: Callable[..., Any]
    _retry_transport: type[RetryTransport] | type[AsyncRetryTransport]
    _sleep: Callable[[float], Any]

    def __init__(
        self,
        access_token: str | None = None,
        *,
        oauth: OAuth2 | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        _check_base_url(base_url)
        self._oauth = oauth  # closed with this client
        auth = _auth(access_token, oauth)
        client_headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})}
        if http_client is not None:
            # The caller's own client: its transport, proxies and limits are used as they are;
            # we add the base URL, authentication and headers (the retry layer is theirs to set up).
            if not isinstance(http_client, self._http):
                raise TypeError(f"{type(self).__name__} takes an {self._http.__name__} as http_client")
            http_client.base_url = httpx.URL(base_url)
            http_client.auth = auth
            http_client.headers.update(client_headers)
            self.http: Any = http_client
        else:
            policy, pause = retry or RetryPolicy(), self._sleep if sleep is None else sleep
            pacer = Pacer()  # one rate-limit budget per client, whichever transport (proxy or not) sends

            def retrying(inner: Any) -> Any:
                return self._retry_transport(inner, policy, pause, pacer=pacer)

            self.http = self._http(
                base_url=base_url,
                auth=auth,
                timeout=timeout,
                transport=retrying(transport or self._transport()),
                # httpx reads HTTP(S)_PROXY only when no transport is given; we give one (the retry
                # layer), so the environment's proxies are mounted here, each behind the retries.
                mounts=None if transport else _environment_proxies(lambda url: retrying(self._transport(proxy=url))),
                headers=client_headers,
            )
        self._runner = Runner(self.http, strict)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.http.base_url)!r})"


def _check_base_url(base_url: str) -> None:
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL!r}, not {base_url!r}")


def _environment_proxies(transport: Callable[[str], Any]) -> dict[str, Any]:
    """HTTP(S)_PROXY / ALL_PROXY / NO_PROXY as httpx mounts (the standard library reads the variables)."""
    proxies = urllib.request.getproxies()
    mounts: dict[str, Any] = {}
    for scheme in ("all", "http", "https"):
        if proxies.get(scheme):
            mounts[f"{scheme}://"] = transport(proxies[scheme])
    for host in (proxies.get("no") or "").split(","):
        host = host.strip()
        if host == "*":
            return {}
        if host and mounts:
            mounts[f"all://*{host}" if host.startswith(".") else f"all://{host}"] = None
    return mounts


def _auth(access_token: str | None, oauth: OAuth2 | None) -> httpx.Auth:
    if oauth is not None:
        return oauth
    token = access_token or os.environ.get(TOKEN_VARIABLE)
    if not token:
        raise AuthenticationError(f"no bexio token: pass access_token= or oauth=, or set {TOKEN_VARIABLE}")
    return BearerToken(token)


class Bexio(_Base, Resources):
    """The bexio API, synchronously. Use it as a context manager, or call `close()`.

    bexio = Bexio()                         # BEXIO_ACCESS_TOKEN from the environment
    bexio = Bexio(access_token="…")         # a personal access token
    bexio = Bexio(oauth=OAuth2(...))        # an OAuth2 token that refreshes itself

    Options: base_url, timeout, retry (a RetryPolicy), headers, strict (raise
    ResponseValidationError when an answer departs from the spec), transport or http_client
    (your own httpx.Client), sleep.
    """

    _http, _transport, _retry_transport = httpx.Client, httpx.HTTPTransport, RetryTransport
    _sleep = staticmethod(time.sleep)

    paginate = paginate_sync

    def close(self) -> None:
        self.http.close()
        if self._oauth is not None:
            self._oauth.close()

    def __enter__(self) -> Bexio:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncBexio(_Base, AsyncResources):
    """The bexio API for asyncio: `await bexio.contacts.list()`; `async with AsyncBexio() as bexio`."""

    _http, _transport, _retry_transport = httpx.AsyncClient, httpx.AsyncHTTPTransport, AsyncRetryTransport
    _sleep = staticmethod(async_sleep)

    paginate = paginate_async

    async def close(self) -> None:
        await self.http.aclose()
        if self._oauth is not None:
            await self._oauth.aclose()

    async def __aenter__(self) -> AsyncBexio:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


__all__ = ["AsyncBexio", "AsyncPages", "Bexio", "Pages"]
