"""Salutations: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_salutation,
    delete_salutation,
    get_salutation,
    list_salutations,
    search_salutations,
    update_salutation,
)


class SalutationsResource(Resource):
    """Salutations operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_salutations)
    create = Operation(create_salutation)
    search = Operation(search_salutations)
    get = Operation(get_salutation)
    update = Operation(update_salutation)
    delete = Operation(delete_salutation)
