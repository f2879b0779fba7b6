"""Parsing modes and per-call options through the public surface, over `httpx.MockTransport`.

An answer that departs from the spec (a null where none is allowed, a missing field, another
type, an enum value bexio added) still gives the model by default, the raw value kept and one
warning logged; `Bexio(strict=True)` raises ResponseValidationError naming the field. A request
body is checked before it leaves; the per-call options reach the request httpx sends."""

import copy
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from bexio_client import UNSET, Bexio
from bexio_client import _parsing as parsing
from bexio_client.errors import ResponseValidationError
from bexio_client.models import BillListItem, Contact, Invoice


def replaying(body: Any, seen: list[httpx.Request] | None = None, status: int = 200) -> httpx.MockTransport:
    """Answers every request with `body` (and records the requests in `seen`)."""

    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, json=body)

    return httpx.MockTransport(answer)


def client(transport: httpx.MockTransport, **options: Any) -> Bexio:
    return Bexio("test-token", base_url="http://bexio.test", transport=transport, **options)


def nulled(field: str) -> Callable[[dict], None]:
    return lambda body: body.__setitem__(field, None)


def removed(field: str) -> Callable[[dict], None]:
    return lambda body: body.pop(field)


def set_to(value: Any, *path: str | int) -> Callable[[Any], None]:
    def change(body: Any) -> None:
        for step in path[:-1]:
            body = body[step]
        body[path[-1]] = value

    return change


# (operation whose spec example is replayed, the call, the change, where strict mode points, what the model keeps)
DEPARTURES = [
    ("getContact", lambda b: b.contacts.get(1), nulled("name_1"), "name_1", lambda c: c.name_1 is None),
    ("getContact", lambda b: b.contacts.get(1), removed("name_1"), "name_1", lambda c: c.name_1 is UNSET),
    ("getContact", lambda b: b.contacts.get(1), set_to("abc", "id"), "id", lambda c: c.id == "abc"),
    ("getInvoice", lambda b: b.invoices.get(1), set_to(7, "mwst_type"), "mwst_type", lambda i: i.mwst_type == 7),
    (
        "listBills",
        lambda b: b.bills.list(),
        set_to("IN_REVIEW", "data", 0, "status"),
        "data[0].status",
        lambda page: page.data[0].status == "IN_REVIEW",
    ),
]
IDS = ["null", "missing", "retyped", "new enum value", "new enum value in a page"]


@pytest.fixture
def warned(monkeypatch) -> None:
    """Forget the departures already logged (each is logged once per process)."""
    monkeypatch.setattr(parsing, "_warned", set())


def example(mock, operation_id: str) -> Any:
    return copy.deepcopy(mock.example_reply(operation_id).body)


@pytest.mark.parametrize(("operation", "call", "change", "path", "kept"), DEPARTURES, ids=IDS)
def test_lenient_by_default_the_raw_value_is_kept_and_logged_once(
    mock, warned, caplog, operation, call, change, path, kept
):
    body = example(mock, operation)
    change(body)
    with client(replaying(body)) as bexio, caplog.at_level(logging.WARNING, logger="bexio_client"):
        first, second = call(bexio), call(bexio)
    assert kept(first) and kept(second)
    warnings = [record.getMessage() for record in caplog.records if record.name == "bexio_client"]
    assert len(warnings) == 1 and path.rsplit(".", 1)[-1] in warnings[0] and operation in warnings[0]


@pytest.mark.parametrize(("operation", "call", "change", "path", "kept"), DEPARTURES, ids=IDS)
def test_strict_raises_naming_the_field(mock, operation, call, change, path, kept):
    body = example(mock, operation)
    change(body)
    with client(replaying(body), strict=True) as bexio, pytest.raises(ResponseValidationError) as raised:
        call(bexio)
    assert raised.value.path == path and raised.value.operation == operation
    assert path in str(raised.value) and raised.value.response.status_code == 200


def test_a_null_the_spec_allows_is_no_departure(mock, warned, caplog):
    body = {**example(mock, "getContact"), "name_2": None, "mail": None}
    with client(replaying(body), strict=True) as bexio, caplog.at_level(logging.WARNING, logger="bexio_client"):
        contact = bexio.contacts.get(1)
    assert isinstance(contact, Contact) and contact.name_2 is None and contact.mail is None
    assert not caplog.records


def test_the_spec_examples_pass_strict(mock):
    for operation, call, model in [
        ("getContact", lambda b: b.contacts.get(1), Contact),
        ("getInvoice", lambda b: b.invoices.get(1), Invoice),
        ("listBills", lambda b: b.bills.list().data[0], BillListItem),
    ]:
        with client(replaying(example(mock, operation)), strict=True) as bexio:
            assert isinstance(call(bexio), model)


CONTACT = {"contact_type_id": 1, "name_1": "Muster AG", "user_id": 1, "owner_id": 1}


def test_a_misspelt_body_key_is_a_type_error_naming_the_known_fields(mock):
    seen: list[httpx.Request] = []
    with client(replaying(example(mock, "createContact"), seen, 201)) as bexio:
        with pytest.raises(TypeError, match=r"ContactCreate has no field 'nme_1'; its fields: .*\bname_1\b"):
            bexio.contacts.create(body={**{k: v for k, v in CONTACT.items() if k != "name_1"}, "nme_1": "Muster AG"})
        with pytest.raises(TypeError, match="must be a ContactCreate or a dict of its fields, not int"):
            bexio.contacts.create(body=123)
    assert seen == []  # nothing was sent


def test_call_options_reach_the_request(mock):
    seen: list[httpx.Request] = []
    with client(replaying(example(mock, "createContact"), seen, 201)) as bexio:
        bexio.contacts.create(
            body=CONTACT,
            extra_body={"new_field": 1},
            extra_headers={"X-Trace": "abc"},
            extra_query={"preview": "yes"},
            timeout=5.0,
        )
    (request,) = seen
    assert json.loads(request.content) == {**CONTACT, "new_field": 1}
    assert request.headers["X-Trace"] == "abc" and request.url.params["preview"] == "yes"
    assert request.extensions["timeout"] == httpx.Timeout(5.0).as_dict()


def test_the_client_timeout_applies_when_the_call_gives_none(mock):
    seen: list[httpx.Request] = []
    with client(replaying(example(mock, "getContact"), seen), timeout=12.0) as bexio:
        bexio.contacts.get(1)
    assert seen[0].extensions["timeout"] == httpx.Timeout(12.0).as_dict()
