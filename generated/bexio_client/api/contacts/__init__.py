"""Contacts: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    bulk_create_contacts,
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
    restore_contact,
    search_contacts,
    update_contact,
)


class ContactsResource(Resource):
    """Contacts operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_contacts)
    create = Operation(create_contact)
    search = Operation(search_contacts)
    get = Operation(get_contact)
    update = Operation(update_contact)
    delete = Operation(delete_contact)
    bulk_create_contacts = Operation(bulk_create_contacts)
    restore = Operation(restore_contact)
