"""Every bad answer a production job meets, from a scripted bexio on a real socket, reaches the
user of `Bexio` and `AsyncBexio` as the right `BexioError` subclass, never as a raw Python
exception (`KeyError`, `JSONDecodeError`, `UnicodeDecodeError`, `httpx.DecodingError`, …)."""

import pytest

from bexio_client import Bexio
from bexio_client.errors import (
    AuthenticationError,
    BexioError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
)
from tests.faults.clients import through
from tests.faults.server import Reply

HTML = b"<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head><body>down</body></html>"
CLOUDFLARE = (
    b"<html><head><title>Web server is returning an unknown error | bexio.com | Cloudflare</title></head></html>"
)
NESTED = b"[" * 100_000 + b"]" * 100_000

# (name, the answer to a GET of a contact, the error the user gets, a text its str() holds)
BAD_ANSWERS = [
    ("HTML 500", Reply(500, HTML, {"Content-Type": "text/html"}), ServerError, "HTML page"),
    ("HTML 503", Reply(503, HTML, {"Content-Type": "text/html"}), ServerError, "503 Service Unavailable"),
    ("empty 401", Reply(401, b""), AuthenticationError, "empty response body"),
    ("404 without error_code", Reply(404, {"message": "Contact not found"}), NotFoundError, "Contact not found"),
    ("Cloudflare 520", Reply(520, CLOUDFLARE, {"Content-Type": "text/html"}), ServerError, "Cloudflare"),
    ("Cloudflare 522", Reply(522, b"", {"Content-Type": "text/html"}), ServerError, "522"),
    ("502", Reply(502, b"Bad Gateway", {"Content-Type": "text/plain"}), ServerError, "Bad Gateway"),
    ("504", Reply(504, b""), ServerError, "504"),
    ("302", Reply(302, b"", {"Location": "https://bexio.com/login"}), BexioError, "redirected"),
    (
        "429 for ever",
        Reply(429, {"error_code": 429, "message": "Too many"}, {"RateLimit-Reset": "9999"}),
        RateLimitError,
        "Too many",
    ),
    ("200 truncated JSON", Reply(200, b'{"id": 4, "name_1": "Mus'), ResponseValidationError, "not JSON"),
    ("200 HTML page", Reply(200, HTML, {"Content-Type": "text/html"}), ResponseValidationError, "text/html"),
    ("200 invalid UTF-8", Reply(200, b'{"name_1": "\xff\xfe"}'), ResponseValidationError, "not JSON"),
    (
        "200 broken gzip",
        Reply(200, b"not gzip at all", {"Content-Encoding": "gzip"}),
        ResponseValidationError,
        "decoded",
    ),
    ("200 deeply nested JSON", Reply(200, NESTED), ResponseValidationError, "not JSON"),
    ("200 a list for an object", Reply(200, [1, 2]), ResponseValidationError, "expected an object (Contact)"),
]


def get_contact(kind: str, server, waits) -> object:
    return through(kind, server, waits, lambda bexio: bexio.contacts.get(4))


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(("name", "reply", "error", "text"), BAD_ANSWERS, ids=[case[0] for case in BAD_ANSWERS])
def test_a_bad_answer_is_its_bexio_error(kind, name, reply, error, text, server, waits):
    server.script = lambda call: reply
    with pytest.raises(BexioError) as raised:
        get_contact(kind, server, waits)
    assert type(raised.value) is error, repr(raised.value)
    assert text in str(raised.value)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_bexios_own_text_is_the_message_and_the_status_line_is_in_str(kind, server, waits):
    server.script = lambda call: Reply(404, {"error_code": 404, "message": "Contact not found"})
    with pytest.raises(NotFoundError) as raised:
        get_contact(kind, server, waits)
    assert raised.value.message == "Contact not found" and raised.value.error_code == 404
    assert str(raised.value) == "404 Not Found: Contact not found"


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("reset", ["²", "n/a", "", "1.5e3"])
def test_a_rate_limit_header_that_is_not_a_number_backs_off(kind, reset, server, waits, contact):
    replies = [Reply(429, {"error_code": 429, "message": "Too many"}, {"RateLimit-Reset": reset}), Reply(200, contact)]
    server.script = lambda call: replies.pop(0)
    assert get_contact(kind, server, waits).id == contact["id"]
    assert len(waits) == 1 and 0 < waits[0] < 60


def test_a_4_0_page_without_paging_still_pages(server, waits):
    bill = {"id": "0b8a8e3d-6f5e-4a9c-9a61-3b1f4d3c2e11"}
    pages = [Reply(200, {"data": [bill, bill]}), Reply(200, {"data": [bill]})]
    server.script = lambda call: pages.pop(0)
    with Bexio("t", base_url=server.url, sleep=waits) as bexio:
        assert len(list(bexio.paginate(bexio.bills.list, limit=2))) == 3
    assert len(server.calls) == 2
