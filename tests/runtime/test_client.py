"""Bexio / AsyncBexio: resources generated from the spec, parsed models, typed errors."""

import asyncio

import pytest

from bexio_client import Bexio, __version__
from bexio_client.errors import AuthenticationError, NotFoundError
from bexio_client.models import Contact, ContactCreate
from tests import routes

NEW = ContactCreate(contact_type_id=1, name_1="Muster AG", user_id=1, owner_id=1, title_id=3)


def test_resources_call_the_generated_operations(bexio):
    created = bexio.contacts.create(body=NEW)
    assert isinstance(created, Contact) and created.title_id == 3
    assert bexio.contacts.get(created.id).name_1 == "Muster AG"
    assert created.id in [c.id for c in bexio.contacts.list(limit=10)]
    assert bexio.contacts.delete(created.id).success is True
    with pytest.raises(NotFoundError):
        bexio.contacts.get(created.id)


def test_every_section_is_a_resource(bexio, mock):
    tags = {tag["name"] for tag in mock.spec["tags"]}
    names = [name for name in dir(type(bexio)) if not name.startswith("_") and name not in {"close", "paginate"}]
    assert len(names) == len(tags) == len(routes.sections())
    assert bexio.invoices.issue.__doc__.strip().startswith("Issue an invoice")


def test_detailed_returns_the_response_with_headers(bexio):
    response = bexio.contacts.detailed.list(limit=1)
    assert response.status_code == 200 and "ratelimit-remaining" in response.headers


def test_requests_carry_user_agent_and_accept(bexio, mock):
    seen = {}

    def capture(call):
        seen.update(call.request.headers)
        return call.example()

    with mock.override("listContactGroups", capture):
        bexio.contact_groups.list()
    assert seen["user-agent"] == f"bexio-client-python/{__version__}" and seen["accept"] == "application/json"


def test_the_token_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("BEXIO_ACCESS_TOKEN", "from-env")
    with Bexio() as bexio:
        assert bexio.http.auth._token == "from-env"
    monkeypatch.delenv("BEXIO_ACCESS_TOKEN")
    with pytest.raises(AuthenticationError, match="BEXIO_ACCESS_TOKEN"):
        Bexio()


def test_tokens_stay_out_of_reprs(bexio):
    assert "test-token" not in repr(bexio) + repr(bexio.http.auth)


def test_async_client(make_async):
    async def scenario():
        async with make_async() as bexio:
            created = await bexio.contacts.create(body=NEW)
            fetched = await bexio.contacts.get(created.id)
            with pytest.raises(NotFoundError):
                await bexio.contacts.get(99999)
            return fetched

    assert asyncio.run(scenario()).title_id == 3
