"""OAuth2 against a scripted IdP and bexio on a socket: one token call however many wait,
a refused refresh remembered, the token endpoint retried, async refresh, redacted tokens."""

import asyncio
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qsl

import httpx
import pytest

from bexio_client import AsyncBexio, Bexio, OAuth2, RetryPolicy
from bexio_client.errors import APIConnectionError
from bexio_client.oauth import OAuthError, Token
from tests.faults.server import Call, Reply
from tests.paths import ROOT

EXPIRED = {"access_token": "expired", "refresh_token": "refresh-0", "expires_at": 1000, "token_type": "Bearer"}
QUICK = RetryPolicy(backoff=0.01)


class Identity:
    """The IdP's token endpoint (/token) and a bexio that accepts only the tokens it issued."""

    def __init__(self, *answers: Reply) -> None:
        self.answers, self.issued = list(answers), []

    def __call__(self, call: Call) -> Reply:
        if call.path == "/token":
            time.sleep(0.1)  # slow enough for every waiter to queue behind the refresh
            if self.answers:
                return self.answers.pop(0)
            number = len(self.issued) + 1
            self.issued.append(f"access-{number}")
            return Reply(
                200, {"access_token": f"access-{number}", "refresh_token": f"refresh-{number}", "expires_in": 60}
            )
        if call.headers.get("authorization", "").removeprefix("Bearer ") not in self.issued:
            return Reply(401, {"error_code": 401, "message": "invalid token"})
        return Reply(200, [])


REFUSED = Reply(400, {"error": "invalid_grant", "error_description": "Token is not active"})
FAILING = Reply(503, {"error": "temporarily_unavailable"})


def oauth(server, token=EXPIRED, **options) -> OAuth2:
    return OAuth2("client-id", "s3cr3t", token=token, token_url=f"{server.url}/token", **options)


async def twenty(server, client: OAuth2) -> list:
    async with AsyncBexio(base_url=server.url, oauth=client) as bexio:
        return await asyncio.gather(*(bexio.contact_groups.list() for _ in range(20)), return_exceptions=True)


def test_a_refused_refresh_makes_one_token_call_for_twenty_waiters_and_is_remembered(server):
    server.script = Identity(REFUSED)
    client = oauth(server)
    outcomes = asyncio.run(twenty(server, client))
    assert server.count("/token") == 1
    assert all(isinstance(outcome, OAuthError) for outcome in outcomes)
    error = outcomes[0]
    assert error.status_code == 400 and error.error == "invalid_grant"
    assert server.url.removeprefix("http://") in str(error) and "Token is not active" in str(error)
    with pytest.raises(OAuthError), Bexio(base_url=server.url, oauth=client) as bexio:
        bexio.contact_groups.list()
    assert server.count("/token") == 1  # remembered: the refresh token is dead


def test_a_failing_refresh_makes_one_token_call_for_twenty_waiters_then_is_tried_again(server):
    server.script = Identity(FAILING)
    client = oauth(server, retry=RetryPolicy(max_attempts=1))
    outcomes = asyncio.run(twenty(server, client))
    assert server.count("/token") == 1
    assert all(isinstance(outcome, OAuthError) and outcome.status_code == 503 for outcome in outcomes)
    assert "failed the token request" in str(outcomes[0])
    assert asyncio.run(twenty(server, client)) == [[]] * 20  # a 5xx is not remembered
    assert server.count("/token") == 2


def test_threads_share_one_refused_refresh_too(server):
    server.script = Identity(REFUSED)
    with Bexio(base_url=server.url, oauth=oauth(server)) as bexio, ThreadPoolExecutor(20) as pool:
        futures = [pool.submit(bexio.contact_groups.list) for _ in range(20)]
        assert all(isinstance(future.exception(), OAuthError) for future in futures)
    assert server.count("/token") == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_token_endpoint_is_retried_after_a_5xx(kind, server):
    server.script = Identity(FAILING, FAILING)
    client = oauth(server, retry=QUICK)
    if kind == "sync":
        assert client.refresh()["access_token"] == "access-1"
    else:
        assert asyncio.run(client.arefresh())["access_token"] == "access-1"
    assert server.count("/token") == 3


def test_an_unreachable_idp_is_named():
    client = OAuth2("id", "s", token=EXPIRED, token_url="http://127.0.0.1:9/token", retry=RetryPolicy(max_attempts=2))
    with pytest.raises(APIConnectionError, match=r"could not reach 127\.0\.0\.1:9"):
        client.refresh()


def test_failures_name_auth_bexio_com_by_default():
    refuse = httpx.MockTransport(lambda request: httpx.Response(401, json={"error": "invalid_client"}))
    client = OAuth2("id", "s3cr3t", token=EXPIRED, transport=refuse)
    with pytest.raises(OAuthError, match=r"auth\.bexio\.com refused the token request \(HTTP 401: invalid_client\)"):
        client.refresh()


@pytest.mark.parametrize(
    "body",
    [b"<html>Bad Gateway</html>", b"[" * 100_000 + b"]" * 100_000, b'["a list"]'],
    ids=["html", "nested", "list"],
)
def test_an_unreadable_token_answer_is_an_oauth_error(body):
    answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = OAuth2("id", "s3cr3t", token=EXPIRED, transport=answer)
    with pytest.raises(OAuthError, match=r"auth\.bexio\.com refused the token request \(HTTP 200\)"):
        client.refresh()


def test_async_bexio_refreshes_with_an_async_client_after_a_401(server):
    server.script = Identity()
    looks_valid = {**EXPIRED, "access_token": "revoked", "expires_at": int(time.time()) + 3600}
    # An async-only transport: a refresh through the sync client would fail on it.
    client = oauth(server, token=looks_valid, transport=httpx.AsyncHTTPTransport())

    async def run():
        async with AsyncBexio(base_url=server.url, oauth=client) as bexio:
            return await bexio.contact_groups.list()

    assert asyncio.run(run()) == [] and server.count("/token") == 1 and client.refreshes == 1


class Closing(httpx.MockTransport):
    closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def test_closing_a_client_closes_the_oauth_client_it_made(server):
    server.script = Identity()
    transport = Closing(lambda request: httpx.Response(200, json={"access_token": "a", "expires_in": 60}))
    client = oauth(server, transport=transport)
    with Bexio(base_url=server.url, oauth=client):
        client.refresh()
        assert transport.closed == 0
    assert transport.closed == 1

    async def run():
        async with AsyncBexio(base_url=server.url, oauth=client):
            await client.arefresh()

    asyncio.run(run())
    assert transport.closed == 2


def test_tokens_are_redacted_but_stored_whole(server):
    server.script, stored = Identity(), []
    token = oauth(server, on_token=stored.append).refresh()
    assert isinstance(token, Token) and stored == [token]
    for shown in (repr(token), str(token), f"{token}", repr([token])):
        assert "access-1" not in shown and "refresh-1" not in shown
    assert dict(token)["access_token"] == "access-1" and token.to_dict()["refresh_token"] == "refresh-1"
    assert json.loads(json.dumps(token))["access_token"] == "access-1"
    assert dict(parse_qsl(server.calls[-1].body.decode()))["client_secret"] == "s3cr3t"  # in the form body only


def test_without_authlib_oauth2_says_how_to_install_it(monkeypatch):
    for name in [name for name in sys.modules if name == "authlib" or name.startswith("authlib.")] + ["authlib"]:
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(ImportError, match=r'pip install "bexio-client\[oauth\]"'):
        OAuth2("id", "secret")


def test_personal_access_tokens_never_import_authlib():
    code = (
        "import sys; from bexio_client import Bexio; Bexio(access_token='t').close(); "
        "print(any(name.split('.')[0] == 'authlib' for name in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.strip() == "False"
