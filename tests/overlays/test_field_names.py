"""titel_id on write, title_id on read: one Python name, bexio's names on the wire."""

import pytest

from bexio_client.errors import BadRequestError
from bexio_client.models import Contact, ContactCreate


def test_the_request_model_takes_title_id_and_sends_titel_id():
    body = ContactCreate(contact_type_id=1, name_1="Muster AG", user_id=1, owner_id=1, title_id=3).to_dict()
    assert body["titel_id"] == 3 and "title_id" not in body
    assert ContactCreate.from_dict(body).title_id == 3


def test_the_response_model_reads_title_id():
    assert Contact.from_dict({**_sample(), "title_id": 3}).title_id == 3


def test_the_client_round_trips_the_title(bexio):
    created = bexio.contacts.create(
        body=ContactCreate(contact_type_id=1, name_1="Muster AG", user_id=1, owner_id=1, title_id=3)
    )
    assert created.title_id == 3 and bexio.contacts.get(created.id).title_id == 3


def test_a_raw_title_id_is_rejected_naming_the_field(bexio):
    body = {"contact_type_id": 1, "name_1": "Muster AG", "user_id": 1, "owner_id": 1}
    with pytest.raises(BadRequestError) as raised:  # sent as a field the client does not know
        bexio.contacts.create(body=body, extra_body={"title_id": 3})
    assert raised.value.error_code == 400 and "'title_id' was unexpected" in raised.value.message


def _sample() -> dict:
    from tests.mock import BexioMock

    return BexioMock().example_reply("getContact").body
