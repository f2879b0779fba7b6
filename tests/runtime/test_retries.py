"""Retries: 429 waits for RateLimit-Reset, 5xx and broken connections are retried only where safe."""

import httpx
import pytest

from bexio_client import Bexio, RetryPolicy
from bexio_client.errors import APIConnectionError, RateLimitError, ServerError
from bexio_client.models import ContactCreate
from tests.conftest import TOKEN

NEW = ContactCreate(contact_type_id=1, name_1="Muster AG", user_id=1, owner_id=1)


def seed_contacts(mock, count: int) -> None:
    contacts = mock.state.collection("contact", mock.example_reply("listContacts").body)
    template = mock.example_reply("getContact").body
    for number in range(count - len(contacts.records)):
        contacts.add({**template, "name_1": f"Contact {number}"})


def test_a_10000_record_sync_under_429s_and_503s_returns_every_record_once(make_bexio, mock, waits):
    seed_contacts(mock, 10_000)
    mock.inject_faults({429: 0.30, 503: 0.05}, seed=7)
    with make_bexio() as bexio:  # the default policy
        ids = [contact.id for contact in bexio.paginate(bexio.contacts.list, limit=500)]
    assert len(ids) == 10_000 and len(set(ids)) == 10_000
    assert mock.calls["listContacts"] > 21  # 21 pages, plus the retries of the injected failures
    assert 1.0 in waits  # a 429 waits what RateLimit-Reset says


def test_a_create_that_meets_a_503_is_sent_once(bexio, mock):
    mock.inject_faults({503: 1.0})
    with pytest.raises(ServerError):
        bexio.contacts.create(body=NEW)
    assert mock.calls["createContact"] == 1


def test_a_create_that_meets_a_429_is_sent_again(bexio, mock, waits):
    mock.inject_faults({429: 0.5}, seed=3)
    assert bexio.contacts.create(body=NEW).name_1 == "Muster AG"
    assert mock.calls["createContact"] > 1 and waits


def test_the_attempts_are_bounded(make_bexio, mock, waits):
    mock.inject_faults({429: 1.0})
    with make_bexio(RetryPolicy(max_attempts=3)) as bexio:
        with pytest.raises(RateLimitError):
            bexio.contacts.list()
    assert mock.calls["listContacts"] == 3 and waits == [1.0, 1.0]


@pytest.mark.parametrize(("method", "retried"), [("GET", True), ("PUT", True), ("DELETE", True), ("POST", False)])
def test_server_errors_are_retried_only_for_idempotent_methods(method, retried):
    policy = RetryPolicy(max_attempts=2)
    request = httpx.Request(method, "https://api.bexio.com/2.0/contact")
    wait = policy.next_wait(request, httpx.Response(503), attempt=1)
    assert (wait is not None) is retried


def test_a_429_waits_the_reset_and_a_503_backs_off_whatever_its_headers_say():
    policy = RetryPolicy()
    request = httpx.Request("GET", "https://api.bexio.com/2.0/contact")
    assert policy.next_wait(request, httpx.Response(429, headers={"RateLimit-Reset": "42"}), 1) == 42
    assert 0.25 <= policy.next_wait(request, httpx.Response(503, headers={"Retry-After": "60"}), 1) <= 0.5


def test_connection_errors_retry_a_post_only_when_it_never_left():
    policy = RetryPolicy()
    post = httpx.Request("POST", "https://api.bexio.com/2.0/contact")
    assert policy.next_wait(post, httpx.ConnectError("refused"), 1) is not None
    assert policy.next_wait(post, httpx.ReadTimeout("no answer"), 1) is None
    get = httpx.Request("GET", "https://api.bexio.com/2.0/contact")
    assert policy.next_wait(get, httpx.ReadTimeout("no answer"), 1) is not None


def test_waits_are_logged_at_debug_level(bexio, mock, caplog):
    mock.inject_faults({429: 0.5}, seed=3)
    with caplog.at_level("DEBUG", logger="bexio_client"):
        bexio.contacts.list()
    assert any("status 429, retrying in 1.00s" in record.message for record in caplog.records)
    assert TOKEN not in caplog.text


def test_an_unreachable_bexio_is_a_connection_error_after_the_retries(waits):
    def refuse(request):
        raise httpx.ConnectError("connection refused", request=request)

    policy = RetryPolicy(deadline=20)
    transport = httpx.MockTransport(refuse)
    with Bexio("t", base_url="http://nowhere", transport=transport, sleep=waits, retry=policy) as bexio:
        with pytest.raises(APIConnectionError, match="could not reach bexio: ConnectError"):
            bexio.contacts.list()
    assert sum(waits) <= 20 and len(waits) >= 4
