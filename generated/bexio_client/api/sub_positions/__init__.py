"""SubPositions: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_sub_position,
    delete_sub_position,
    get_sub_position,
    list_sub_positions,
    update_sub_position,
)


class SubPositionsResource(Resource):
    """SubPositions operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_sub_positions)
    create = Operation(create_sub_position)
    get = Operation(get_sub_position)
    update = Operation(update_sub_position)
    delete = Operation(delete_sub_position)
