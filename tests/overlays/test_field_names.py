"""titel_id on write, title_id on read: one Python name, bexio's names on the wire."""

from starlette.testclient import TestClient

from bexio_client.api.contacts import create_contact, get_contact
from bexio_client.models import Contact, ContactCreate
from tests.conftest import TOKEN


def test_the_request_model_takes_title_id_and_sends_titel_id():
    body = ContactCreate(contact_type_id=1, name_1="Muster AG", user_id=1, owner_id=1, title_id=3).to_dict()
    assert body["titel_id"] == 3 and "title_id" not in body
    assert ContactCreate.from_dict(body).title_id == 3


def test_the_response_model_reads_title_id():
    assert Contact.from_dict({**_sample(), "title_id": 3}).title_id == 3


def test_the_client_round_trips_the_title(client):
    created = create_contact.sync(
        client=client, body=ContactCreate(contact_type_id=1, name_1="Muster AG", user_id=1, owner_id=1, title_id=3)
    )
    assert created.title_id == 3 and get_contact.sync(created.id, client=client).title_id == 3


def test_a_raw_title_id_is_rejected_naming_the_field(mock):
    raw = {"title_id": 3, "contact_type_id": 1, "name_1": "Muster AG", "user_id": 1, "owner_id": 1}
    response = TestClient(mock.app).post("/2.0/contact", json=raw, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400
    assert response.json()["error_code"] == 400 and "'title_id' was unexpected" in response.json()["message"]


def _sample() -> dict:
    from tests.mock import BexioMock

    return BexioMock().example_reply("getContact").body
