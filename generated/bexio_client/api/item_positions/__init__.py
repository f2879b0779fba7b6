"""ItemPositions: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_item_position,
    delete_item_position,
    get_item_position,
    list_item_positions,
    update_item_position,
)


class ItemPositionsResource(Resource):
    """ItemPositions operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_item_positions)
    create = Operation(create_item_position)
    get = Operation(get_item_position)
    update = Operation(update_item_position)
    delete = Operation(delete_item_position)
