"""Retries against a scripted bexio on a socket: cut bodies, 5xx backoff, 429 waits, the deadline."""

import pytest

from bexio_client import Bexio, RetryPolicy
from bexio_client.errors import APIConnectionError, RateLimitError, ServerError
from bexio_client.models import ContactCreate
from tests.faults.clients import through
from tests.faults.server import Reply

NEW = ContactCreate(contact_type_id=1, name_1="Muster AG", user_id=1, owner_id=1)
WINDOW = {"RateLimit-Limit": "1000", "RateLimit-Remaining": "900", "RateLimit-Reset": "60"}


def script(*replies: Reply):
    """Answer with `replies` in turn, then with an empty list."""
    queue = list(replies)
    return lambda call: queue.pop(0) if queue else Reply(200, [], WINDOW)


def call(client_kind: str, server, waits, operation: str, **options):
    """Run one operation through Bexio or AsyncBexio on the server; waits are recorded."""
    arguments = {"body": NEW} if operation == "create" else {}
    return through(client_kind, server, waits, lambda bexio: getattr(bexio.contacts, operation)(**arguments), **options)


KINDS = ["sync", "async"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_get_whose_body_is_cut_is_sent_again(kind, server, waits):
    server.script = script(Reply(200, [{"id": 1}] * 50, WINDOW, cut=True))
    assert call(kind, server, waits, "list") == []
    assert server.count("/2.0/contact") == 2 and len(waits) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_post_whose_body_is_cut_is_not_sent_again(kind, server, waits):
    server.script = script(Reply(201, {"id": 1, "name_1": "Muster AG"} | {"x": "y" * 500}, WINDOW, cut=True))
    with pytest.raises(APIConnectionError, match="could not reach bexio"):
        call(kind, server, waits, "create")
    assert server.count("/2.0/contact") == 1 and waits == []


@pytest.mark.parametrize("kind", KINDS)
def test_server_errors_back_off_instead_of_waiting_the_rate_limit_window(kind, server, waits):
    server.script = script(*[Reply(503, {"error_code": 503, "message": "maintenance"}, WINDOW)] * 4)
    assert call(kind, server, waits, "list") == []
    assert len(waits) == 4 and all(wait < 5 for wait in waits)
    assert [round(wait / 2**n, 2) >= 0.25 for n, wait in enumerate(waits)] == [True] * 4  # 0.5 s doubling, jittered


def test_a_post_that_meets_a_503_is_not_sent_again(server, waits):
    server.script = script(Reply(503, {"error_code": 503, "message": "maintenance"}, WINDOW))
    with pytest.raises(ServerError):
        call("sync", server, waits, "create")
    assert server.count("/2.0/contact") == 1


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"RateLimit-Reset": "0", "Retry-After": "7"}, 0.0),  # RateLimit-Reset first; 0 means now
        ({"RateLimit-Reset": "2.5"}, 2.5),
        ({"RateLimit-Reset": "²"}, None),  # not a plain number: backoff
        ({"RateLimit-Reset": "n/a", "Retry-After": "n/a"}, None),
        ({}, None),
    ],
)
@pytest.mark.parametrize("kind", KINDS)
def test_a_429_waits_what_bexio_says(kind, headers, expected, server, waits):
    server.script = script(Reply(429, {"error_code": 429, "message": "Too many requests"}, headers))
    assert call(kind, server, waits, "list") == []
    assert len(waits) == 1 and server.count("/2.0/contact") == 2
    if expected is None:
        assert 0.25 <= waits[0] <= 0.5
    else:
        assert waits[0] == expected


@pytest.mark.parametrize("kind", KINDS)
def test_a_429_is_retried_for_a_post_too(kind, server, waits, contact):
    server.script = script(
        Reply(429, {"error_code": 429, "message": "Too many requests"}, {"RateLimit-Reset": "1"}),
        Reply(201, {**contact, "name_1": "Muster AG"}, WINDOW),
    )
    assert call(kind, server, waits, "create").name_1 == "Muster AG"
    assert waits == [1.0]


@pytest.mark.parametrize("deadline", [30.0, None])
def test_a_reset_past_the_deadline_raises_at_once_with_retry_after(deadline, server, waits):
    server.script = script(Reply(429, {"error_code": 429, "message": "Too many requests"}, {"RateLimit-Reset": "600"}))
    policy = RetryPolicy(deadline=deadline) if deadline else RetryPolicy()  # the default: 300 s
    with pytest.raises(RateLimitError) as raised:
        call("sync", server, waits, "list", retry=policy)
    assert raised.value.retry_after == 600 and raised.value.status_code == 429
    assert waits == [] and server.count("/2.0/contact") == 1


def test_the_deadline_bounds_the_backoff_too(server, waits):
    server.script = lambda call: Reply(503, {"error_code": 503, "message": "maintenance"}, WINDOW)
    with pytest.raises(ServerError):
        call("sync", server, waits, "list", retry=RetryPolicy(deadline=20))
    assert sum(waits) <= 20 and len(waits) >= 4


def test_a_spent_window_holds_back_the_next_request_until_it_resets(server, waits):
    server.script = lambda call: Reply(200, [], {"RateLimit-Remaining": "0", "RateLimit-Reset": "5"})
    with Bexio("t", base_url=server.url, sleep=waits) as bexio:
        bexio.contacts.list()
        assert waits == []
        bexio.contacts.list()
    assert len(waits) == 1 and 4 < waits[0] <= 5


def test_a_window_that_resets_past_the_deadline_raises_before_sending(server, waits):
    server.script = lambda call: Reply(200, [], {"RateLimit-Remaining": "0", "RateLimit-Reset": "120"})
    with Bexio("t", base_url=server.url, sleep=waits, retry=RetryPolicy(deadline=10)) as bexio:
        bexio.contacts.list()
        with pytest.raises(RateLimitError) as raised:
            bexio.contacts.list()
    assert 119 < raised.value.retry_after <= 120 and server.count("/2.0/contact") == 1 and waits == []
