"""bexio.paginate walks the three page styles."""

import asyncio
from types import SimpleNamespace

import pytest

from bexio_client.pagination import PageWalk
from tests.runtime.test_retries import seed_contacts


def test_2_0_lists_stop_at_a_short_page(bexio, mock):
    seed_contacts(mock, 1234)
    ids = [contact.id for contact in bexio.paginate(bexio.contacts.list, limit=500)]
    assert len(ids) == len(set(ids)) == 1234 and mock.calls["listContacts"] == 3


def test_searches_page_too(bexio, mock):
    from bexio_client.models import ContactSearchCriterion

    seed_contacts(mock, 700)
    body = [ContactSearchCriterion(field="name_1", value="Contact", criteria="like")]
    assert len(list(bexio.paginate(bexio.contacts.search, body=body, limit=300))) == 699


def test_3_0_lists_stop_at_x_total_count(bexio, mock):
    from bexio_client.models import FileUpload
    from bexio_client.types import File

    for number in range(4):
        upload = File(payload=f"file {number}".encode(), file_name=f"f{number}.pdf", mime_type="application/pdf")
        bexio.files.create(body=FileUpload(file=upload))
    files = list(bexio.paginate(bexio.files.list, limit=2))
    assert len(files) == 5  # the reference's sample file and the four uploads
    assert mock.calls["listFiles"] == 3  # the third page is known to be the last from X-Total-Count


def test_4_0_envelopes_are_walked_page_by_page(bexio, mock):
    from bexio_client.models import BillCreate

    example = mock.operations["createBill"]["requestBody"]["content"]["application/json"]["example"]
    created = [bexio.bills.create(body=BillCreate.from_dict(example)).id for _ in range(5)]
    assert [bill.id for bill in bexio.paginate(bexio.bills.list, limit=2)] == created
    assert mock.calls["listBills"] == 3


def test_4_0_envelopes_stop_at_the_page_count(bexio):
    pages = {
        1: SimpleNamespace(data=["a", "b"], paging=SimpleNamespace(page=1, page_count=2)),
        2: SimpleNamespace(data=["c"], paging=SimpleNamespace(page=2, page_count=2)),
    }
    calls = []

    class FakeBills:
        """A resource whose 4.0 list has two pages (a third call would be a KeyError)."""

        @property
        def detailed(self):
            return self

        def list(self, *, limit: int = 500, page: int = 1):
            calls.append(page)
            return SimpleNamespace(parsed=pages[page], headers={})

    assert list(bexio.paginate(FakeBills().list, limit=2)) == ["a", "b", "c"]
    assert calls == [1, 2]


def test_an_operation_without_pages_is_refused(bexio):
    with pytest.raises(TypeError, match="not a paged list"):
        PageWalk(bexio.contacts.get, {})


def test_async_paginate(make_async, mock):
    seed_contacts(mock, 600)

    async def collect():
        async with make_async() as bexio:
            return [contact.id async for contact in bexio.paginate(bexio.contacts.list, limit=250)]

    assert len(set(asyncio.run(collect()))) == 600
