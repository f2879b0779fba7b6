"""OAuth 2.0 for bexio: authorization URL with PKCE, code exchange, refresh (extra `[oauth]`).

Authlib makes the PKCE challenge and the state; it is imported only when an `OAuth2` is
made, so `import bexio_client` and personal access tokens never need it. The two token
requests are plain httpx form posts, because bexio wants every parameter in the form body
(client_secret_post; its IdP rejects query parameters) and the client already speaks httpx.

`OAuth2` is an `httpx.Auth`: give it to `Bexio(oauth=...)` or `AsyncBexio(oauth=...)` (the
async client refreshes with an async httpx client). When many requests meet an expired
token at once, one refreshes and the others wait for its outcome: a new token, or the same
error without another token call. A refresh the IdP refused (the refresh token is dead) is
remembered until a new token is stored. The token endpoint is retried on 5xx and broken
connections like an idempotent call. bexio may rotate the refresh token: every new token
is handed to `on_token` for storage. Tokens never appear in logs, reprs or exception
messages.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from ._retries import AsyncRetryTransport, RetryPolicy, RetryTransport
from .errors import APIConnectionError, AuthenticationError, BexioError, json_object

AUTHORIZATION_URL = "https://auth.bexio.com/realms/bexio/protocol/openid-connect/auth"
TOKEN_URL = "https://auth.bexio.com/realms/bexio/protocol/openid-connect/token"
TOKEN_POLICY = RetryPolicy(deadline=60.0)  # a refresh holds up every request behind it
TOKEN_METHODS = frozenset({"POST"})  # a token request is safe to repeat after a 5xx or a broken connection


def _authlib() -> tuple[Callable[..., str], Callable[[str], str]]:
    try:
        from authlib.common.security import generate_token
        from authlib.oauth2.rfc7636 import create_s256_code_challenge
    except ImportError as error:
        raise ImportError('OAuth2 needs Authlib: pip install "bexio-client[oauth]"') from error
    return generate_token, create_s256_code_challenge


class Token(dict):
    """An OAuth2 token. A dict for storage (`dict(token)`, `token.to_dict()`, `json.dumps(token)`);
    its repr and str show no token. `expires_at` is added from `expires_in` when missing."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        if "expires_at" not in self and "expires_in" in self:
            self["expires_at"] = int(time.time()) + int(self["expires_in"])

    def is_expired(self, leeway: int = 0) -> bool:
        expires_at = self.get("expires_at")
        return expires_at is not None and expires_at - leeway < time.time()

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    def __repr__(self) -> str:
        shown = {key: self[key] for key in ("token_type", "expires_at", "scope") if key in self}
        hidden = sorted(key for key in self if key not in shown)
        return f"Token({shown}, hidden={hidden})"

    __str__ = __repr__


class OAuthError(AuthenticationError):
    """The IdP (auth.bexio.com) answered a token request with an error.

    `status_code` is the IdP's HTTP status, `error` its OAuth error code (`invalid_grant`…).
    """

    def __init__(self, message: str, *, error: str | None, response: httpx.Response) -> None:
        super().__init__(message, status_code=response.status_code, response=response)
        self.error = error


@dataclass(frozen=True)
class AuthorizationRequest:
    """Send the user to `url`; keep `state` and `code_verifier` for the callback."""

    url: str
    state: str
    code_verifier: str

    def __repr__(self) -> str:
        return f"AuthorizationRequest(url={self.url!r})"


class OAuth2(httpx.Auth):
    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        redirect_uri: str | None = None,
        scopes: Iterable[str] = ("openid", "offline_access"),
        token: Mapping[str, Any] | None = None,
        on_token: Callable[[Token], None] | None = None,
        token_url: str = TOKEN_URL,
        authorization_url: str = AUTHORIZATION_URL,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy = TOKEN_POLICY,
        leeway: int = 30,
    ) -> None:
        _authlib()
        self.client_id, self._client_secret = client_id, client_secret
        self.redirect_uri, self.scopes = redirect_uri, tuple(scopes)
        self.token_url, self.authorization_endpoint = token_url, authorization_url
        self._token = Token(token) if token else None
        self._on_token, self._leeway = on_token, leeway
        self._transport, self._retry = transport, retry
        self._http: httpx.Client | None = None
        self._async_http: httpx.AsyncClient | None = None
        self._lock = threading.Lock()
        self._async_lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None
        self._attempts = 0  # refreshes finished, however they ended
        self._failure: BexioError | None = None  # how the last one failed, if it did
        self.refreshes = 0

    def __repr__(self) -> str:
        return f"OAuth2(client_id={self.client_id!r}, scopes={self.scopes!r})"

    @property
    def idp(self) -> str:
        """The host of the token endpoint, named in errors: auth.bexio.com."""
        return urlsplit(self.token_url).netloc

    # -- the authorization code flow ---------------------------------------------------

    def authorization_url(self, state: str | None = None) -> AuthorizationRequest:
        """The URL of bexio's consent page, asking for `scopes`, with a PKCE (S256) challenge."""
        generate_token, challenge = _authlib()
        state, verifier = state or generate_token(30), generate_token(64)
        query = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": " ".join(self.scopes),
            "state": state,
            "code_challenge": challenge(verifier),
            "code_challenge_method": "S256",
        }
        query = {key: value for key, value in query.items() if value is not None}
        return AuthorizationRequest(f"{self.authorization_endpoint}?{urlencode(query)}", state, verifier)

    def exchange_code(self, code: str, code_verifier: str) -> Token:
        """Trade the code of the redirect for tokens (stored here and given to `on_token`)."""
        form = {"grant_type": "authorization_code", "code": code, "code_verifier": code_verifier}
        if self.redirect_uri:
            form["redirect_uri"] = self.redirect_uri
        with self._lock:
            return self._store(self._parse(self._post(form)))

    def refresh(self) -> Token:
        """A new access token from the refresh token (bexio keeps the scopes of the consent)."""
        with self._lock:
            self._check_refusal()
            return self._refresh_now()

    async def arefresh(self) -> Token:
        """`refresh()` with the async client."""
        async with self._alock():
            self._check_refusal()
            return await self._arefresh_now()

    def close(self) -> None:
        """Close the httpx client made for the token endpoint (made again if needed)."""
        if self._http is not None:
            self._http.close()
            self._http = None

    async def aclose(self) -> None:
        self.close()
        if self._async_http is not None:
            await self._async_http.aclose()
            self._async_http = None

    # -- httpx.Auth ----------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        used = self._access_token()
        response = yield self._authorize(request, used)
        if response.status_code == 401 and self._can_refresh():
            response.read()
            yield self._authorize(request, self._access_token(rejected=used))

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        used = await self._aaccess_token()
        response = yield self._authorize(request, used)
        if response.status_code == 401 and self._can_refresh():
            await response.aread()
            yield self._authorize(request, await self._aaccess_token(rejected=used))

    # -- internals -----------------------------------------------------------------------

    def _access_token(self, rejected: str | None = None) -> str:
        """The access token to send: refreshed first if it expired (or was `rejected`)."""
        seen = self._attempts
        with self._lock:
            if self._must_refresh(seen, rejected):
                self._refresh_now()
            return self._token["access_token"]

    async def _aaccess_token(self, rejected: str | None = None) -> str:
        seen = self._attempts
        async with self._alock():
            if self._must_refresh(seen, rejected):
                await self._arefresh_now()
            return self._token["access_token"]

    def _must_refresh(self, seen: int, rejected: str | None) -> bool:
        """Whether this caller refreshes. A refresh that ended in an error while it waited
        (`seen` counts the refreshes finished when it began) gives it that error instead."""
        token = self._token
        if token is None:
            raise AuthenticationError("no OAuth2 token yet: call exchange_code() first")
        stale = token.is_expired(self._leeway) if rejected is None else token["access_token"] == rejected
        if not stale or not self._can_refresh():
            return False
        self._check_refusal()
        if self._attempts != seen and self._failure is not None:
            raise self._failure
        return True

    def _refresh_now(self) -> Token:
        """Refresh (the caller holds the lock), counted, its failure kept."""
        with self._recording():
            return self._stored_refresh(self._parse(self._post(self._refresh_form())))

    async def _arefresh_now(self) -> Token:
        with self._recording():
            return self._stored_refresh(self._parse(await self._apost(self._refresh_form())))

    def _check_refusal(self) -> None:
        # A 4xx of the IdP: the refresh token is dead (kept until a new token is stored).
        failure = self._failure
        if isinstance(failure, OAuthError) and failure.status_code < 500:
            raise failure

    @contextmanager
    def _recording(self) -> Iterator[None]:
        """Count a refresh and keep how it failed; a 4xx of the IdP means the refresh token is dead."""
        try:
            yield
        except BexioError as error:
            self._attempts += 1
            self._failure = error
            raise
        self._attempts += 1
        self._failure = None

    def _can_refresh(self) -> bool:
        return bool(self._token and self._token.get("refresh_token"))

    def _refresh_form(self) -> dict[str, str]:
        if not self._can_refresh():
            raise AuthenticationError("no OAuth2 refresh token: call exchange_code() first")
        return {"grant_type": "refresh_token", "refresh_token": self._token["refresh_token"]}

    def _stored_refresh(self, token: Token) -> Token:
        token.setdefault("refresh_token", self._token["refresh_token"])  # no rotation: the old one stays valid
        self.refreshes += 1
        return self._store(token)

    def _post(self, form: dict[str, str]) -> httpx.Response:
        if self._http is None:
            transport = RetryTransport(self._transport or httpx.HTTPTransport(), self._retry, methods=TOKEN_METHODS)
            self._http = httpx.Client(timeout=30, transport=transport)
        with self._unreachable():
            return self._http.post(self.token_url, data=self._form(form), headers={"Accept": "application/json"})

    async def _apost(self, form: dict[str, str]) -> httpx.Response:
        if self._async_http is None:
            inner = self._transport or httpx.AsyncHTTPTransport()
            transport = AsyncRetryTransport(inner, self._retry, methods=TOKEN_METHODS)
            self._async_http = httpx.AsyncClient(timeout=30, transport=transport)
        with self._unreachable():
            return await self._async_http.post(
                self.token_url, data=self._form(form), headers={"Accept": "application/json"}
            )

    def _alock(self) -> asyncio.Lock:
        """One lock per event loop: an asyncio.Lock (and an AsyncClient) belongs to its loop."""
        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_lock[0] is not loop:
            self._async_lock, self._async_http = (loop, asyncio.Lock()), None
        return self._async_lock[1]

    @contextmanager
    def _unreachable(self) -> Iterator[None]:
        try:
            yield
        except httpx.TransportError as error:
            raise APIConnectionError(f"could not reach {self.idp}: {type(error).__name__}: {error}") from error

    def _form(self, form: dict[str, str]) -> dict[str, str]:
        return {**form, "client_id": self.client_id, "client_secret": self._client_secret}

    def _parse(self, response: httpx.Response) -> Token:
        payload = json_object(response) or {}
        if response.status_code == 200 and "access_token" in payload:
            return Token(payload)
        error = payload.get("error")
        reason = " – ".join(str(part) for part in (error, payload.get("error_description")) if part)
        verb = "failed" if response.status_code >= 500 else "refused"
        message = f"{self.idp} {verb} the token request (HTTP {response.status_code}{': ' + reason if reason else ''})"
        raise OAuthError(message, error=error, response=response)

    def _store(self, token: Token) -> Token:
        """Keep the new token and hand it to the caller's storage (it may hold a rotated refresh token)."""
        self._token, self._failure = token, None
        if self._on_token:
            self._on_token(token)
        return token

    @staticmethod
    def _authorize(request: httpx.Request, access_token: str) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {access_token}"
        return request
