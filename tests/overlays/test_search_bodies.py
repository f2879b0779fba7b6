"""Search bodies: typed criteria, values that are strings, numbers or lists, fields per endpoint."""

from starlette.testclient import TestClient

from bexio_client.api.contacts import create_contact, search_contacts
from bexio_client.models import ContactCreate, ContactSearchCriterion
from tests.conftest import TOKEN


def contact(client, name: str, nr: str) -> int:
    body = ContactCreate(contact_type_id=1, name_1=name, nr=nr, user_id=1, owner_id=1)
    return create_contact.sync(client=client, body=body).id


def test_the_references_own_example_runs(client):
    meyer = contact(client, "Meyer", "11")
    contact(client, "Meyer", "9")
    body = [
        ContactSearchCriterion(field="name_1", value="Meyer", criteria="="),
        ContactSearchCriterion(field="nr", value=10, criteria=">"),
    ]
    assert [c.id for c in search_contacts.sync(client=client, body=body)] == [meyer]
    assert body[1].to_dict() == {"field": "nr", "value": 10, "criteria": ">"}


def test_in_takes_a_list_and_like_is_the_default(client):
    a, b = contact(client, "Alpha", "1"), contact(client, "Bravo", "2")
    found = search_contacts.sync(client=client, body=[ContactSearchCriterion(field="id", value=[a, b], criteria="in")])
    assert sorted(c.id for c in found) == [a, b]
    assert [
        c.id for c in search_contacts.sync(client=client, body=[ContactSearchCriterion(field="name_1", value="rav")])
    ] == [b]
    assert "criteria" not in ContactSearchCriterion(field="name_1", value="rav").to_dict()


def test_a_field_the_endpoint_cannot_search_is_rejected(mock):
    body = [{"field": "remarks", "value": "x"}]
    response = TestClient(mock.app).post("/2.0/contact/search", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400 and "'remarks' is not one of" in response.json()["message"]


def test_an_unknown_criteria_is_rejected(mock):
    body = [{"field": "name_1", "value": "x", "criteria": "contains"}]
    response = TestClient(mock.app).post("/2.0/contact/search", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400 and "criteria" in response.json()["message"]
