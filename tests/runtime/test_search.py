"""The search builder produces the criteria array and refuses what the endpoint cannot search."""

import pytest

from bexio_client import Search
from bexio_client.models import ContactCreate, ContactSearchCriterion
from tests import routes


def test_builds_the_typed_criteria_of_the_endpoint(bexio):
    criteria = Search(bexio.contacts.search).where("name_1", "=", "Meyer").where("nr", ">", 10).build()
    assert all(isinstance(criterion, ContactSearchCriterion) for criterion in criteria)
    assert [c.to_dict() for c in criteria] == [
        {"field": "name_1", "value": "Meyer", "criteria": "="},
        {"field": "nr", "value": 10, "criteria": ">"},
    ]


def test_searches_the_mock(bexio):
    meyer = bexio.contacts.create(body=ContactCreate(contact_type_id=2, name_1="Meyer", user_id=1, owner_id=1))
    found = bexio.contacts.search(body=Search(bexio.contacts.search).where("name_1", "=", "Meyer").build())
    assert [contact.id for contact in found] == [meyer.id]


def test_refuses_a_field_the_endpoint_cannot_search(bexio):
    with pytest.raises(ValueError, match="'remarks' cannot be searched here; searchable fields: address, city, "):
        Search(bexio.contacts.search).where("remarks", "like", "x")


def test_refuses_unknown_criteria_and_non_lists_for_in(bexio):
    search = Search(bexio.contacts.search)
    with pytest.raises(ValueError, match="unknown criteria 'contains'"):
        search.where("name_1", "contains", "x")
    with pytest.raises(ValueError, match="takes a list"):
        search.where("id", "in", 4)


def test_every_search_operation_has_a_builder(bexio, mock):
    searches = [
        op["operationId"] for item in mock.spec["paths"].values() for op in item.values() if "operationId" in op
    ]
    searches = [name for name in searches if name.startswith("search")]
    assert len(searches) == len(routes.searches())
    assert Search(bexio.files.search).fields and Search(bexio.units.search).fields
