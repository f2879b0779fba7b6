"""Every error status becomes its exception, with bexio's code and message."""

import httpx
import pytest

from bexio_client import errors
from bexio_client.errors import error_for
from bexio_client.models import TitleCreate

CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (415, errors.UnsupportedMediaTypeError),
    (422, errors.ValidationError),
    (429, errors.RateLimitError),
    (500, errors.ServerError),
    (503, errors.ServerError),
]


@pytest.mark.parametrize(("status", "cls"), CLASSES)
def test_each_status_raises_its_class_through_the_client(bexio, mock, status, cls):
    with mock.override("createTitle", lambda call: errors_reply(status)), pytest.raises(cls) as raised:
        bexio.titles.create(body=TitleCreate(name="Dr."))
    error = raised.value
    assert isinstance(error, errors.BexioError)
    assert (error.status_code, error.error_code) == (status, status)
    assert error.message.endswith("failure from the mock") and error.response.status_code == status


def errors_reply(status):
    from tests.mock import Reply

    return Reply(status, {"error_code": status, "message": "failure from the mock"})


def test_a_conflict_is_a_conflict_error():
    error = error_for(httpx.Response(409, json={"error_code": 409, "message": "tax can not be deleted"}))
    assert isinstance(error, errors.ConflictError) and error.message == "tax can not be deleted"
    assert str(error) == "409 Conflict: tax can not be deleted"


def test_validation_errors_keep_the_details():
    response = httpx.Response(422, json={"error_code": 422, "message": "Could not save", "errors": {"name_1": ["x"]}})
    error = error_for(response)
    assert isinstance(error, errors.ValidationError) and error.errors == {"name_1": ["x"]}


def test_an_html_error_page_gives_a_server_error_that_says_so():
    page = b"<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>"
    error = error_for(httpx.Response(500, content=page, headers={"content-type": "text/html"}))
    assert isinstance(error, errors.ServerError)
    assert "HTML page instead of JSON" in str(error) and "502 Bad Gateway" in str(error)


@pytest.mark.parametrize("body", [b"", b"not json", b"[1, 2]", b'{"unexpected": true}'])
def test_any_other_body_still_gives_a_readable_error(body):
    error = error_for(httpx.Response(503, content=body))
    assert isinstance(error, errors.ServerError) and str(error).startswith("503 Service Unavailable")


def test_reprs_name_status_and_message_only():
    response = httpx.Response(401, json={"error_code": 401, "message": "Invalid access token"})
    response.request = httpx.Request(
        "GET", "https://api.bexio.com/2.0/contact", headers={"Authorization": "Bearer s3cr3t"}
    )
    error = error_for(response)
    assert "s3cr3t" not in repr(error) + str(error)
