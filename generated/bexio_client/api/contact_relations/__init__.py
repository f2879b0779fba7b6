"""ContactRelations: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_contact_relation,
    delete_contact_relation,
    get_contact_relation,
    list_contact_relations,
    search_contact_relations,
    update_contact_relation,
)


class ContactRelationsResource(Resource):
    """ContactRelations operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_contact_relations)
    create = Operation(create_contact_relation)
    search = Operation(search_contact_relations)
    get = Operation(get_contact_relation)
    update = Operation(update_contact_relation)
    delete = Operation(delete_contact_relation)
