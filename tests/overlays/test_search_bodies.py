"""Search bodies: typed criteria, values that are strings, numbers or lists, fields per endpoint."""

import pytest

from bexio_client.models import ContactCreate, ContactSearchCriterion


def contact(bexio, name: str, nr: str) -> int:
    return bexio.contacts.create(body=ContactCreate(contact_type_id=1, name_1=name, nr=nr, user_id=1, owner_id=1)).id


def test_the_references_own_example_runs(bexio):
    meyer = contact(bexio, "Meyer", "11")
    contact(bexio, "Meyer", "9")
    body = [
        ContactSearchCriterion(field="name_1", value="Meyer", criteria="="),
        ContactSearchCriterion(field="nr", value=10, criteria=">"),
    ]
    assert [c.id for c in bexio.contacts.search(body=body)] == [meyer]
    assert body[1].to_dict() == {"field": "nr", "value": 10, "criteria": ">"}


def test_in_takes_a_list_and_like_is_the_default(bexio):
    a, b = contact(bexio, "Alpha", "1"), contact(bexio, "Bravo", "2")
    found = bexio.contacts.search(body=[ContactSearchCriterion(field="id", value=[a, b], criteria="in")])
    assert sorted(c.id for c in found) == [a, b]
    assert [c.id for c in bexio.contacts.search(body=[ContactSearchCriterion(field="name_1", value="rav")])] == [b]
    assert "criteria" not in ContactSearchCriterion(field="name_1", value="rav").to_dict()


@pytest.mark.parametrize(
    ("criterion", "refused"),
    [
        ({"field": "remarks", "value": "x"}, "'remarks' is not one of"),
        ({"field": "name_1", "value": "x", "criteria": "contains"}, "criteria"),
    ],
    ids=["a field the endpoint cannot search", "an unknown criteria"],
)
def test_what_the_endpoint_cannot_take_is_rejected(bexio, criterion, refused):
    # The client refuses it before sending, naming the field and what it takes ...
    with pytest.raises(TypeError, match=r"ContactSearchCriterion\.(field|criteria): expected one of"):
        bexio.contacts.search(body=[criterion])
    # ... and bexio (the mock) refuses it too when it is sent anyway.
    response = bexio.http.post("/2.0/contact/search", json=[criterion])
    assert response.status_code == 400 and refused in response.json()["message"]
