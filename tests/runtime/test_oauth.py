"""OAuth2: PKCE authorization URL, code exchange, refresh with rotation, one refresh at a time."""

import asyncio
import json
import threading
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from bexio_client import OAuth2
from bexio_client.errors import AuthenticationError


class TokenEndpoint:
    """bexio's token endpoint, as an httpx mock: issues numbered tokens and rotates refresh tokens."""

    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []
        self.issued = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        form = {key: values[0] for key, values in parse_qs(request.content.decode()).items()}
        assert not request.url.query, "parameters belong in the form body"
        with self.lock:
            self.requests.append(form)
            self.issued += 1
            number = self.issued
        time.sleep(0.05)  # slow enough for concurrent requests to pile up behind the refresh
        return httpx.Response(
            200, json={"access_token": f"access-{number}", "refresh_token": f"refresh-{number}", "expires_in": 3600}
        )

    @property
    def current(self) -> str:
        return f"access-{self.issued}"


@pytest.fixture
def endpoint() -> TokenEndpoint:
    return TokenEndpoint()


def oauth(endpoint: TokenEndpoint, **options) -> OAuth2:
    return OAuth2(
        "client-id",
        "client-secret",
        redirect_uri="https://app.example.org/callback",
        scopes=["openid", "offline_access", "contact_show"],
        transport=httpx.MockTransport(endpoint),
        **options,
    )


EXPIRED = {"access_token": "expired", "refresh_token": "refresh-0", "expires_at": 1000, "token_type": "Bearer"}


def test_the_authorization_url_asks_for_the_scopes_with_pkce(endpoint):
    request = oauth(endpoint).authorization_url()
    url = urlsplit(request.url)
    query = {key: values[0] for key, values in parse_qs(url.query).items()}
    assert (
        f"{url.scheme}://{url.netloc}{url.path}" == "https://auth.bexio.com/realms/bexio/protocol/openid-connect/auth"
    )
    assert query["scope"] == "openid offline_access contact_show" and query["response_type"] == "code"
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert query["state"] == request.state and request.code_verifier not in request.url


def test_the_code_exchange_posts_the_form_and_stores_the_token(endpoint):
    stored = []
    client = oauth(endpoint, on_token=stored.append)
    token = client.exchange_code("the-code", "the-verifier")
    assert token["access_token"] == "access-1" and stored[-1]["refresh_token"] == "refresh-1"
    assert endpoint.requests[0] == {
        "grant_type": "authorization_code",
        "code": "the-code",
        "code_verifier": "the-verifier",
        "redirect_uri": "https://app.example.org/callback",
        "client_id": "client-id",
        "client_secret": "client-secret",
    }


def test_a_refresh_hands_the_rotated_refresh_token_to_the_callback(endpoint):
    stored = []
    client = oauth(endpoint, token=EXPIRED, on_token=stored.append)
    client.refresh()
    assert (
        endpoint.requests[0]["grant_type"] == "refresh_token" and endpoint.requests[0]["refresh_token"] == "refresh-0"
    )
    assert stored == [{**stored[0], "access_token": "access-1", "refresh_token": "refresh-1"}]


def test_twenty_concurrent_requests_with_an_expired_token_cause_one_refresh(endpoint, mock, make_async):
    mock.accepts_token = lambda token: token == endpoint.current
    client = oauth(endpoint, token=EXPIRED)

    async def twenty():
        async with make_async(oauth=client) as bexio:
            return await asyncio.gather(*(bexio.contact_groups.list() for _ in range(20)))

    results = asyncio.run(twenty())
    assert len(results) == 20 and endpoint.issued == 1 and client.refreshes == 1


def test_threads_share_one_refresh_too(endpoint, mock, make_bexio):
    mock.accepts_token = lambda token: token == endpoint.current
    with make_bexio(oauth=oauth(endpoint, token=EXPIRED)) as bexio:
        threads = [threading.Thread(target=bexio.contact_groups.list) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert endpoint.issued == 1


def test_a_token_rejected_with_401_is_refreshed_once(endpoint, mock, make_bexio):
    mock.accepts_token = lambda token: token == endpoint.current
    valid_looking = {**EXPIRED, "access_token": "revoked", "expires_at": int(time.time()) + 3600}
    with make_bexio(oauth=oauth(endpoint, token=valid_looking)) as bexio:
        assert bexio.contact_groups.list() is not None
    assert endpoint.issued == 1


def test_a_refused_refresh_is_an_authentication_error_without_secrets():
    def refuse(request):
        return httpx.Response(400, json={"error": "invalid_grant", "error_description": "Token is not active"})

    client = OAuth2("id", "s3cr3t", token=EXPIRED, transport=httpx.MockTransport(refuse))
    with pytest.raises(AuthenticationError, match="Token is not active") as raised:
        client.refresh()
    assert "s3cr3t" not in str(raised.value) + repr(client) and "refresh-0" not in repr(client)


def test_the_token_is_never_logged(endpoint, mock, make_bexio, caplog):
    mock.accepts_token = lambda token: token == endpoint.current
    with caplog.at_level("DEBUG"), make_bexio(oauth=oauth(endpoint, token=EXPIRED)) as bexio:
        bexio.contact_groups.list()
    assert "access-1" not in caplog.text and "refresh-1" not in caplog.text
    assert json.dumps(endpoint.requests)  # the endpoint did see them
