"""Items: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_item,
    delete_item,
    get_item,
    list_items,
    search_items,
    update_item,
)


class ItemsResource(Resource):
    """Items operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_items)
    create = Operation(create_item)
    search = Operation(search_items)
    get = Operation(get_item)
    update = Operation(update_item)
    delete = Operation(delete_item)
