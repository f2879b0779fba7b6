"""Errors come back as the Error model with bexio's code and message; headers on every answer."""

from bexio_client.api.contacts import get_contact, list_contacts
from bexio_client.models import Error


def test_a_missing_contact_is_a_404_error_model(client):
    response = get_contact.sync_detailed(999, client=client)
    assert response.status_code == 404
    assert isinstance(response.parsed, Error) and response.parsed.error_code == 404 and response.parsed.message


def test_rate_limit_headers_come_with_every_answer(client):
    response = list_contacts.sync_detailed(client=client)
    assert {"ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"} <= set(response.headers)


def test_unknown_error_fields_are_kept():
    error = Error.from_dict(
        {"error_code": 422, "message": "Could not save", "errors": {"name_1": ["required"]}, "x": 1}
    )
    assert error.errors == {"name_1": ["required"]} and error["x"] == 1
