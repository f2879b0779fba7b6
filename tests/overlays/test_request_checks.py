"""Corrections that make the mock (and every client) reject what bexio cannot take."""

import pytest
from starlette.testclient import TestClient

from tests.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
CONTACT = {"contact_type_id": 1, "name_1": "Muster AG", "user_id": 1, "owner_id": 1}


@pytest.mark.parametrize("ids", ["1,2", "7"])
def test_group_ids_are_comma_separated_ids(mock, ids):
    response = TestClient(mock.app).post("/2.0/contact", json={**CONTACT, "contact_group_ids": ids}, headers=AUTH)
    assert response.status_code == 201 and response.json()["contact_group_ids"] == ids


@pytest.mark.parametrize("ids", ["1;2", "1, 2", "[1,2]"])
def test_other_id_lists_are_rejected_naming_the_field(mock, ids):
    response = TestClient(mock.app).post("/2.0/contact", json={**CONTACT, "contact_branch_ids": ids}, headers=AUTH)
    assert response.status_code == 400 and "contact_branch_ids" in response.json()["message"]


@pytest.mark.parametrize("order_by", ["name_1", "name_1_desc", "updated_at_asc,id", "nr_desc,name_1_asc"])
def test_order_by_takes_directions_and_lists(mock, order_by):
    response = TestClient(mock.app).get("/2.0/contact", params={"order_by": order_by}, headers=AUTH)
    assert response.status_code == 200


@pytest.mark.parametrize("order_by", ["remarks", "name_1_down", "id,"])
def test_order_by_rejects_other_fields(mock, order_by):
    response = TestClient(mock.app).get("/2.0/contact", params={"order_by": order_by}, headers=AUTH)
    assert response.status_code == 400 and "order_by" in response.json()["message"]


def test_limit_is_at_most_2000(mock):
    response = TestClient(mock.app).get("/2.0/contact", params={"limit": 2001}, headers=AUTH)
    assert response.status_code == 400 and "limit" in response.json()["message"]
