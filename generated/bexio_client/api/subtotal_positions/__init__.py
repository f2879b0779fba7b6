"""SubtotalPositions: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_subtotal_position,
    delete_subtotal_position,
    get_subtotal_position,
    list_subtotal_positions,
    update_subtotal_position,
)


class SubtotalPositionsResource(Resource):
    """SubtotalPositions operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_subtotal_positions)
    create = Operation(create_subtotal_position)
    get = Operation(get_subtotal_position)
    update = Operation(update_subtotal_position)
    delete = Operation(delete_subtotal_position)
