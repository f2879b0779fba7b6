"""Through `Bexio` against the mock: every operation of the seven contact sections, with typed
models back."""

from dataclasses import dataclass
from typing import Any

import pytest

from bexio_client.errors import NotFoundError
from bexio_client.models import (
    AdditionalAddress,
    AdditionalAddressCreate,
    AdditionalAddressSearchCriterion,
    Contact,
    ContactCreate,
    ContactGroup,
    ContactGroupCreate,
    ContactGroupSearchCriterion,
    ContactRelation,
    ContactRelationCreate,
    ContactRelationSearchCriterion,
    ContactSearchCriterion,
    ContactSector,
    ContactSectorSearchCriterion,
    Salutation,
    SalutationCreate,
    SalutationSearchCriterion,
    Success,
    Title,
    TitleCreate,
    TitleSearchCriterion,
)


def new_contact(name: str = "Muster AG", **fields: Any) -> ContactCreate:
    return ContactCreate(contact_type_id=1, name_1=name, user_id=1, owner_id=1, **fields)


@dataclass
class Family:
    """One CRUD family: its section of `Bexio`, bodies and the field edited and searched."""

    name: str
    section: str
    model: type
    new: Any
    edit: Any
    criterion: type
    field: str
    parent: bool = False
    query: tuple[str, Any, str] | None = None  # (field, value, criteria), else a `like` on `field`


FAMILIES = [
    Family(
        "contact", "contacts", Contact, lambda: new_contact("Muster AG"), lambda: new_contact("Beispiel GmbH"),
        ContactSearchCriterion, "name_1",
    ),
    Family(
        "contact relation", "contact_relations", ContactRelation,
        lambda: ContactRelationCreate(contact_id=4, contact_sub_id=5, description="Muster AG"),
        lambda: ContactRelationCreate(contact_id=4, contact_sub_id=5, description="Beispiel GmbH"),
        ContactRelationSearchCriterion, "description", query=("contact_sub_id", 5, "="),
    ),
    Family(
        "contact group", "contact_groups", ContactGroup,
        lambda: ContactGroupCreate(name="Muster AG"), lambda: ContactGroupCreate(name="Beispiel GmbH"),
        ContactGroupSearchCriterion, "name",
    ),
    Family(
        "additional address", "additional_addresses", AdditionalAddress,
        lambda: AdditionalAddressCreate(name="Muster AG", city="Zürich"),
        lambda: AdditionalAddressCreate(name="Beispiel GmbH", city="Bern"),
        AdditionalAddressSearchCriterion, "name", parent=True,
    ),
    Family(
        "salutation", "salutations", Salutation, lambda: SalutationCreate(name="Muster AG"),
        lambda: SalutationCreate(name="Beispiel GmbH"), SalutationSearchCriterion, "name",
    ),
    Family(
        "title", "titles", Title, lambda: TitleCreate(name="Muster AG"), lambda: TitleCreate(name="Beispiel GmbH"),
        TitleSearchCriterion, "name",
    ),
]  # fmt: skip


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.name)
def test_create_fetch_edit_search_list_delete(bexio, family: Family):
    section = getattr(bexio, family.section)
    parent = (4,) if family.parent else ()  # the seeded contact 4 of the reference's samples
    created = section.create(*parent, body=family.new())
    assert isinstance(created, family.model)

    fetched = section.get(*parent, created.id)
    assert isinstance(fetched, family.model) and fetched.to_dict() == created.to_dict()

    edited = section.update(*parent, created.id, body=family.edit())
    assert isinstance(edited, family.model) and getattr(edited, family.field) == "Beispiel GmbH"

    listed = section.list(*parent)
    assert all(isinstance(item, family.model) for item in listed) and created.id in [item.id for item in listed]

    field, value, criteria = family.query or (family.field, "Beispiel", "like")
    criterion = family.criterion(field=field, value=value, criteria=criteria)
    found = section.search(*parent, body=[criterion])
    assert [item.id for item in found] == [created.id]

    assert isinstance(section.delete(*parent, created.id), Success)
    with pytest.raises(NotFoundError) as gone:
        section.get(*parent, created.id)
    assert gone.value.status_code == gone.value.error_code == 404 and gone.value.message


def test_contacts_are_archived_by_delete_and_restored(bexio):
    contact = bexio.contacts.create(body=new_contact())
    bexio.contacts.delete(contact.id)

    assert contact.id not in [c.id for c in bexio.contacts.list()]
    assert [c.id for c in bexio.contacts.list(show_archived=True)] == [contact.id]
    assert bexio.contacts.get(contact.id, show_archived=True).id == contact.id

    assert bexio.contacts.restore(contact.id).success is True
    assert bexio.contacts.get(contact.id).name_1 == "Muster AG"


def test_bulk_create_contacts(bexio):
    created = bexio.contacts.bulk_create_contacts(body=[new_contact("Muster AG"), new_contact("Beispiel GmbH")])
    assert [c.name_1 for c in created] == ["Muster AG", "Beispiel GmbH"]
    assert all(isinstance(c, Contact) for c in created)


def test_list_pages_with_limit_offset_and_order_by(bexio):
    for name in ("Charlie", "Alpha", "Bravo"):
        bexio.contacts.create(body=new_contact(name))
    names = [c.name_1 for c in bexio.contacts.list(order_by="name_1_desc", limit=2, offset=1)]
    assert names == ["Charlie", "Bravo"]  # after "Example Company", the reference's seeded sample


def test_contact_sectors_list_and_search(bexio):
    assert bexio.contact_sectors.list() == []
    found = bexio.contact_sectors.search(body=[ContactSectorSearchCriterion(field="name", value="x")])
    assert found == [] and isinstance(found, list)
    assert ContactSector.from_dict({"id": 1, "name": "IT"}).name == "IT"
