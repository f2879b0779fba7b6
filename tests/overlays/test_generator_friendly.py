"""The "X or null" fields rewritten for other generators keep their meaning in the mock's strict check."""

import json

import pytest
from starlette.testclient import TestClient

from tests.conftest import TOKEN
from tests.mock.app import PUBLISHED_SPEC

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _request_example(path: str, method: str) -> dict:
    operation = json.loads(PUBLISHED_SPEC.read_text(encoding="utf-8"))["paths"][path][method]
    return operation["requestBody"]["content"]["application/json"]["example"]


@pytest.mark.parametrize("address", [None, "documented"])
def test_expense_address_is_the_address_or_null(mock, address):
    body = _request_example("/4.0/expenses", "post")
    body["address"] = body["address"] if address else None
    response = TestClient(mock.app).post("/4.0/expenses", json=body, headers=AUTH)
    assert response.status_code == 201, response.text
    assert response.json()["address"] == body["address"]


def test_expense_address_rejects_other_values(mock):
    body = {**_request_example("/4.0/expenses", "post"), "address": "Reinluftweg 1"}
    response = TestClient(mock.app).post("/4.0/expenses", json=body, headers=AUTH)
    assert response.status_code == 400 and "address" in response.json()["message"]


@pytest.mark.parametrize(("source_type", "status"), [(None, 200), ("mobile", 200), ("fax", 400), ("", 400)])
def test_file_source_type_is_a_source_type_or_null(mock, source_type, status):
    file_id = TestClient(mock.app).get("/3.0/files", headers=AUTH).json()[0]["id"]
    response = TestClient(mock.app).patch(f"/3.0/files/{file_id}", json={"source_type": source_type}, headers=AUTH)
    assert response.status_code == status, response.text
