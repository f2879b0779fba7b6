"""The generated client drives every operation of the seven contact sections against the mock
and gets typed models back."""

from dataclasses import dataclass
from typing import Any

import pytest

from bexio_client.api.additional_addresses import (
    create_additional_address,
    delete_additional_address,
    get_additional_address,
    list_additional_addresses,
    search_additional_addresses,
    update_additional_address,
)
from bexio_client.api.contact_groups import (
    create_contact_group,
    delete_contact_group,
    get_contact_group,
    list_contact_groups,
    search_contact_groups,
    update_contact_group,
)
from bexio_client.api.contact_relations import (
    create_contact_relation,
    delete_contact_relation,
    get_contact_relation,
    list_contact_relations,
    search_contact_relations,
    update_contact_relation,
)
from bexio_client.api.contact_sectors import list_contact_sectors, search_contact_sectors
from bexio_client.api.contacts import (
    bulk_create_contacts,
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
    restore_contact,
    search_contacts,
    update_contact,
)
from bexio_client.api.salutations import (
    create_salutation,
    delete_salutation,
    get_salutation,
    list_salutations,
    search_salutations,
    update_salutation,
)
from bexio_client.api.titles import create_title, delete_title, get_title, list_titles, search_titles, update_title
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
    Error,
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
    """One CRUD family: its operation modules, bodies and the field edited and searched."""

    name: str
    model: type
    create: Any
    get: Any
    update: Any
    list: Any
    search: Any
    delete: Any
    new: Any
    edit: Any
    criterion: type
    field: str
    parent: bool = False
    query: tuple[str, Any, str] | None = None  # (field, value, criteria), else a `like` on `field`


FAMILIES = [
    Family(
        "contact", Contact, create_contact, get_contact, update_contact, list_contacts, search_contacts,
        delete_contact, lambda: new_contact("Muster AG"), lambda: new_contact("Beispiel GmbH"),
        ContactSearchCriterion, "name_1",
    ),
    Family(
        "contact relation", ContactRelation, create_contact_relation, get_contact_relation,
        update_contact_relation, list_contact_relations, search_contact_relations, delete_contact_relation,
        lambda: ContactRelationCreate(contact_id=4, contact_sub_id=5, description="Muster AG"),
        lambda: ContactRelationCreate(contact_id=4, contact_sub_id=5, description="Beispiel GmbH"),
        ContactRelationSearchCriterion, "description", query=("contact_sub_id", 5, "="),
    ),
    Family(
        "contact group", ContactGroup, create_contact_group, get_contact_group, update_contact_group,
        list_contact_groups, search_contact_groups, delete_contact_group,
        lambda: ContactGroupCreate(name="Muster AG"), lambda: ContactGroupCreate(name="Beispiel GmbH"),
        ContactGroupSearchCriterion, "name",
    ),
    Family(
        "additional address", AdditionalAddress, create_additional_address, get_additional_address,
        update_additional_address, list_additional_addresses, search_additional_addresses,
        delete_additional_address,
        lambda: AdditionalAddressCreate(name="Muster AG", city="Zürich"),
        lambda: AdditionalAddressCreate(name="Beispiel GmbH", city="Bern"),
        AdditionalAddressSearchCriterion, "name", parent=True,
    ),
    Family(
        "salutation", Salutation, create_salutation, get_salutation, update_salutation, list_salutations,
        search_salutations, delete_salutation, lambda: SalutationCreate(name="Muster AG"),
        lambda: SalutationCreate(name="Beispiel GmbH"), SalutationSearchCriterion, "name",
    ),
    Family(
        "title", Title, create_title, get_title, update_title, list_titles, search_titles, delete_title,
        lambda: TitleCreate(name="Muster AG"), lambda: TitleCreate(name="Beispiel GmbH"),
        TitleSearchCriterion, "name",
    ),
]  # fmt: skip


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.name)
def test_create_fetch_edit_search_list_delete(client, family: Family):
    parent = (4,) if family.parent else ()  # the seeded contact 4 of the reference's samples
    created = family.create.sync(*parent, client=client, body=family.new())
    assert isinstance(created, family.model)

    fetched = family.get.sync(*parent, created.id, client=client)
    assert isinstance(fetched, family.model) and fetched.to_dict() == created.to_dict()

    edited = family.update.sync(*parent, created.id, client=client, body=family.edit())
    assert isinstance(edited, family.model) and getattr(edited, family.field) == "Beispiel GmbH"

    listed = family.list.sync(*parent, client=client)
    assert all(isinstance(item, family.model) for item in listed) and created.id in [item.id for item in listed]

    field, value, criteria = family.query or (family.field, "Beispiel", "like")
    criterion = family.criterion(field=field, value=value, criteria=criteria)
    found = family.search.sync(*parent, client=client, body=[criterion])
    assert [item.id for item in found] == [created.id]

    assert isinstance(family.delete.sync(*parent, created.id, client=client), Success)
    gone = family.get.sync_detailed(*parent, created.id, client=client)
    assert gone.status_code == 404 and isinstance(gone.parsed, Error)


def test_contacts_are_archived_by_delete_and_restored(client):
    contact = create_contact.sync(client=client, body=new_contact())
    delete_contact.sync(contact.id, client=client)

    assert contact.id not in [c.id for c in list_contacts.sync(client=client)]
    assert [c.id for c in list_contacts.sync(client=client, show_archived=True)] == [contact.id]
    assert get_contact.sync(contact.id, client=client, show_archived=True).id == contact.id

    assert restore_contact.sync(contact.id, client=client).success is True
    assert get_contact.sync(contact.id, client=client).name_1 == "Muster AG"


def test_bulk_create_contacts(client):
    created = bulk_create_contacts.sync(client=client, body=[new_contact("Muster AG"), new_contact("Beispiel GmbH")])
    assert [c.name_1 for c in created] == ["Muster AG", "Beispiel GmbH"]
    assert all(isinstance(c, Contact) for c in created)


def test_list_pages_with_limit_offset_and_order_by(client):
    for name in ("Charlie", "Alpha", "Bravo"):
        create_contact.sync(client=client, body=new_contact(name))
    names = [c.name_1 for c in list_contacts.sync(client=client, order_by="name_1_desc", limit=2, offset=1)]
    assert names == ["Charlie", "Bravo"]  # after "Example Company", the reference's seeded sample


def test_contact_sectors_list_and_search(client):
    assert list_contact_sectors.sync(client=client) == []
    found = search_contact_sectors.sync(client=client, body=[ContactSectorSearchCriterion(field="name", value="x")])
    assert found == [] and isinstance(found, list)
    assert ContactSector.from_dict({"id": 1, "name": "IT"}).name == "IT"
