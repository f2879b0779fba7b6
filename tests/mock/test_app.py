"""The mock's strictness, which every other test relies on: a request off the spec is a 400
naming the field (and changes nothing), and an answer of its own off the spec fails the test
that caused it, naming the operation and the field."""

import httpx
import pytest

from tests.asgi import SyncASGITransport
from tests.conftest import TOKEN
from tests.mock import Reply


@pytest.fixture
def http(mock):
    with httpx.Client(
        base_url="http://mock", transport=SyncASGITransport(mock.app), headers={"Authorization": f"Bearer {TOKEN}"}
    ) as client:
        yield client


def contact(mock, **changes):
    return {**mock.example_reply("getContact").body, **changes}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (lambda mock: contact(mock, id="4"), "id"),
        (lambda mock: {k: v for k, v in contact(mock).items() if k != "name_1"}, "name_1"),
        (lambda mock: contact(mock, is_lead="no"), "is_lead"),
        (lambda mock: contact(mock, birthday="31.12.1990"), "birthday"),
    ],
    ids=["wrong type", "missing", "not a boolean", "not a date"],
)
def test_an_off_spec_answer_raises_naming_the_field(mock, http, body, field):
    with mock.override("getContact", lambda call: Reply(200, body(mock))):
        with pytest.raises(AssertionError, match=rf"mock answered getContact off-spec: .*{field}"):
            http.get("/2.0/contact/4")


def test_one_bad_item_deep_in_a_long_page_is_found(mock, http):
    page = [contact(mock, id=number) for number in range(1, 501)]
    page[321]["user_id"] = None
    with mock.override("listContacts", lambda call: Reply(200, page)):
        with pytest.raises(AssertionError, match=r"listContacts off-spec: .*321/user_id"):
            http.get("/2.0/contact")


def test_an_undocumented_status_raises(mock, http):
    with mock.override("getContact", lambda call: Reply(418, {"error_code": 418, "message": "teapot"})):
        with pytest.raises(AssertionError, match="mock answered getContact off-spec"):
            http.get("/2.0/contact/4")


def test_a_documented_answer_passes(mock, http):
    with mock.override("getContact", lambda call: Reply(200, contact(mock, id=9))):
        assert http.get("/2.0/contact/9").json()["id"] == 9


@pytest.mark.parametrize(
    ("change", "field"),
    [({"name_1": 7}, "name_1"), ({"user_id": "one"}, "user_id"), ({"birthday": "31.12.1990"}, "birthday")],
    ids=["not a string", "not an integer", "not a date"],
)
def test_a_request_body_off_spec_is_a_400_naming_the_field(mock, http, change, field):
    body = {**mock.operations["createContact"]["requestBody"]["content"]["application/json"]["example"], **change}
    before = len(http.get("/2.0/contact").json())
    answer = http.post("/2.0/contact", json=body)
    assert answer.status_code == 400 and field in answer.json()["message"]
    assert len(http.get("/2.0/contact").json()) == before  # nothing was created


def test_a_query_parameter_off_spec_is_a_400_naming_it(http):
    answer = http.get("/2.0/contact", params={"limit": "many"})
    assert answer.status_code == 400 and "limit" in answer.json()["message"]
