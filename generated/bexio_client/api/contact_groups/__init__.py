"""ContactGroups: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_contact_group,
    delete_contact_group,
    get_contact_group,
    list_contact_groups,
    search_contact_groups,
    update_contact_group,
)


class ContactGroupsResource(Resource):
    """ContactGroups operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_contact_groups)
    create = Operation(create_contact_group)
    search = Operation(search_contact_groups)
    get = Operation(get_contact_group)
    update = Operation(update_contact_group)
    delete = Operation(delete_contact_group)
