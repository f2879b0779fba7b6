# Copied by `make generate` from overrides/python/oauth.py: edit that file, not this copy.
"""OAuth 2.0 for bexio: authorization URL with PKCE, code exchange, refresh.

The protocol pieces come from Authlib (PKCE challenge, state, the token object and its
expiry); the two token requests are plain httpx form posts, because bexio wants every
parameter in the form body (client_secret_post; its IdP rejects query parameters) and the
client already speaks httpx. Authlib's own httpx client is built on `httpx2` and would
bring a second HTTP stack.

`OAuth2` is an `httpx.Auth`: give it to `Bexio(oauth=...)`. When many requests meet an
expired token at once, one refreshes and the others wait for its result. bexio may rotate
the refresh token: every new token is handed to `on_token` for storage. Tokens never appear
in logs, reprs or exception messages.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.rfc6749 import OAuth2Token
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from .errors import AuthenticationError

AUTHORIZATION_URL = "https://auth.bexio.com/realms/bexio/protocol/openid-connect/auth"
TOKEN_URL = "https://auth.bexio.com/realms/bexio/protocol/openid-connect/token"


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
        token: dict[str, Any] | None = None,
        on_token: Callable[[dict[str, Any]], None] | None = None,
        token_url: str = TOKEN_URL,
        authorization_url: str = AUTHORIZATION_URL,
        http_client: httpx.Client | None = None,
        leeway: int = 30,
    ) -> None:
        self.client_id, self._client_secret = client_id, client_secret
        self.redirect_uri, self.scopes = redirect_uri, tuple(scopes)
        self.token_url, self.authorization_endpoint = token_url, authorization_url
        self._token = OAuth2Token.from_dict(token) if token else None
        self._on_token, self._leeway = on_token, leeway
        self._http = http_client or httpx.Client(timeout=30)
        self._lock = threading.Lock()
        self.refreshes = 0

    def __repr__(self) -> str:
        return f"OAuth2(client_id={self.client_id!r}, scopes={self.scopes!r})"

    # -- the authorization code flow ---------------------------------------------------

    def authorization_url(self, state: str | None = None) -> AuthorizationRequest:
        """The URL of bexio's consent page, asking for `scopes`, with a PKCE (S256) challenge."""
        state, verifier = state or generate_token(30), generate_token(64)
        query = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": " ".join(self.scopes),
            "state": state,
            "code_challenge": create_s256_code_challenge(verifier),
            "code_challenge_method": "S256",
        }
        query = {key: value for key, value in query.items() if value is not None}
        return AuthorizationRequest(f"{self.authorization_endpoint}?{urlencode(query)}", state, verifier)

    def exchange_code(self, code: str, code_verifier: str) -> dict[str, Any]:
        """Trade the code of the redirect for tokens (stored here and given to `on_token`)."""
        form = {"grant_type": "authorization_code", "code": code, "code_verifier": code_verifier}
        if self.redirect_uri:
            form["redirect_uri"] = self.redirect_uri
        with self._lock:
            return dict(self._store(self._request_token(form)))

    def refresh(self) -> dict[str, Any]:
        """A new access token from the refresh token (bexio keeps the scopes of the consent)."""
        with self._lock:
            return dict(self._refresh())

    # -- httpx.Auth ----------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        used = self._fresh_token()
        response = yield self._authorize(request, used)
        if response.status_code == 401 and self._can_refresh():
            response.read()
            yield self._authorize(request, self._token_after_rejection(used))

    async def async_auth_flow(self, request: httpx.Request):
        used = await asyncio.to_thread(self._fresh_token)
        response = yield self._authorize(request, used)
        if response.status_code == 401 and self._can_refresh():
            await response.aread()
            yield self._authorize(request, await asyncio.to_thread(self._token_after_rejection, used))

    # -- internals -----------------------------------------------------------------------

    def _fresh_token(self) -> str:
        """The current access token, refreshed first if it has expired (one refresh at a time)."""
        with self._lock:
            if self._token is None:
                raise AuthenticationError("no OAuth2 token yet: call exchange_code() first")
            if self._token.is_expired(leeway=self._leeway) and self._can_refresh():
                self._refresh()
            return self._token["access_token"]

    def _token_after_rejection(self, rejected: str) -> str:
        """After a 401: refresh, unless another request already replaced the rejected token."""
        with self._lock:
            if self._token["access_token"] == rejected:
                self._refresh()
            return self._token["access_token"]

    def _can_refresh(self) -> bool:
        return bool(self._token and self._token.get("refresh_token"))

    def _refresh(self) -> OAuth2Token:
        refresh_token = self._token["refresh_token"]
        token = self._request_token({"grant_type": "refresh_token", "refresh_token": refresh_token})
        token.setdefault("refresh_token", refresh_token)  # no rotation: the old one stays valid
        self.refreshes += 1
        return self._store(token)

    def _request_token(self, form: dict[str, str]) -> OAuth2Token:
        form = {**form, "client_id": self.client_id, "client_secret": self._client_secret}
        response = self._http.post(self.token_url, data=form, headers={"Accept": "application/json"})
        try:
            payload = response.json()
        except ValueError:
            payload = {}
        if response.status_code != 200 or "access_token" not in payload:
            reason = payload.get("error_description") or payload.get("error") or f"HTTP {response.status_code}"
            raise AuthenticationError(f"bexio's token endpoint refused the request: {reason}", status_code=401)
        return OAuth2Token.from_dict(payload)

    def _store(self, token: OAuth2Token) -> OAuth2Token:
        """Keep the new token and hand it to the caller's storage (it may hold a rotated refresh token)."""
        self._token = token
        if self._on_token:
            self._on_token(dict(token))
        return token

    @staticmethod
    def _authorize(request: httpx.Request, access_token: str) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {access_token}"
        return request
