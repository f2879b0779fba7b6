"""Errors come back as typed exceptions with bexio's code and message; headers on every answer."""

import pytest

from bexio_client.errors import NotFoundError
from bexio_client.models import Error


def test_a_missing_contact_is_a_not_found_error(bexio):
    with pytest.raises(NotFoundError) as raised:
        bexio.contacts.get(999)
    assert raised.value.status_code == 404 and raised.value.error_code == 404 and raised.value.message


def test_rate_limit_headers_come_with_every_answer(bexio):
    response = bexio.contacts.detailed.list()
    assert {"ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"} <= set(response.headers)


def test_unknown_error_fields_are_kept():
    error = Error.from_dict(
        {"error_code": 422, "message": "Could not save", "errors": {"name_1": ["required"]}, "x": 1}
    )
    assert error.errors == {"name_1": ["required"]} and error["x"] == 1
