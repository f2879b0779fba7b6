"""`bexio.paginate` keeps its place: a page that fails is fetched again when the same iterator is
iterated again, `cursor` starts a new walk where the old one stopped, and a 3.0 list stops at
`X-Total-Count` (or, when the header is not a number, at the short page)."""

import asyncio
import json

import httpx
import pytest

from bexio_client import AsyncBexio, Bexio, RetryPolicy
from bexio_client.errors import ServerError
from tests.mock import BexioMock

CONTACT = BexioMock().example_reply("getContact").body
NO_RETRY = RetryPolicy(max_attempts=1)


class Pages:
    """A scripted bexio: `total` contacts served by limit/offset; the listed calls fail once with a 503."""

    def __init__(self, total: int, fail_calls: set[int] = frozenset(), total_header: str | None = None) -> None:
        self.total, self.fail_calls, self.total_header = total, set(fail_calls), total_header
        self.calls: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(dict(request.url.params))
        if len(self.calls) in self.fail_calls:
            return httpx.Response(503, json={"error_code": 503, "message": "maintenance"})
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        page = [{**CONTACT, "id": number} for number in range(offset, min(offset + limit, self.total))]
        headers = [] if self.total_header is None else [(b"X-Total-Count", self.total_header.encode())]
        return httpx.Response(200, content=json.dumps(page).encode(), headers=headers)


def bexio_on(server: Pages) -> Bexio:
    return Bexio("token", transport=httpx.MockTransport(server), retry=NO_RETRY)


def test_a_failed_page_is_fetched_again_when_the_iterator_is_resumed():
    server = Pages(total=7, fail_calls={2})
    pages = bexio_on(server).paginate(bexio_on(server).contacts.list, limit=3)
    seen = []
    with pytest.raises(ServerError):
        for contact in pages:
            seen.append(contact.id)
    assert seen == [0, 1, 2]
    seen += [contact.id for contact in pages]  # the same iterator, again
    assert seen == list(range(7))
    assert [call["offset"] for call in server.calls] == ["0", "3", "3", "6"]


def test_the_cursor_starts_a_new_walk_at_the_first_item_not_yet_yielded():
    server = Pages(total=7)
    bexio = bexio_on(server)
    pages = bexio.paginate(bexio.contacts.list, limit=3)
    first = [next(pages).id for _ in range(4)]  # the second page is half read
    assert pages.cursor == {"offset": 4, "limit": 3}
    rest = [contact.id for contact in bexio.paginate(bexio.contacts.list, **pages.cursor)]
    assert first + rest == list(range(7))


def test_a_3_0_list_stops_at_x_total_count_without_asking_for_an_empty_page():
    server = Pages(total=4, total_header="4")
    bexio = bexio_on(server)
    assert [contact.id for contact in bexio.paginate(bexio.contacts.list, limit=2)] == [0, 1, 2, 3]
    assert len(server.calls) == 2  # ignoring the header would ask for a third, empty page


@pytest.mark.parametrize("header", ["n/a", "", "4.0", "²"])
def test_a_broken_x_total_count_falls_back_to_the_short_page(header):
    server = Pages(total=5, total_header=header)
    bexio = bexio_on(server)
    assert [contact.id for contact in bexio.paginate(bexio.contacts.list, limit=2)] == [0, 1, 2, 3, 4]
    assert len(server.calls) == 3


def test_async_pages_resume_too():
    server = Pages(total=5, fail_calls={2})

    async def walk() -> list[int]:
        async with AsyncBexio("token", transport=httpx.MockTransport(server), retry=NO_RETRY) as bexio:
            pages, seen = bexio.paginate(bexio.contacts.list, limit=2), []
            with pytest.raises(ServerError):
                async for contact in pages:
                    seen.append(contact.id)
            return seen + [contact.id async for contact in pages]

    assert asyncio.run(walk()) == [0, 1, 2, 3, 4]
