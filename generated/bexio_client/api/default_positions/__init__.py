"""DefaultPositions: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_default_position,
    delete_default_position,
    get_default_position,
    list_default_positions,
    update_default_position,
)


class DefaultPositionsResource(Resource):
    """DefaultPositions operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_default_positions)
    create = Operation(create_default_position)
    get = Operation(get_default_position)
    update = Operation(update_default_position)
    delete = Operation(delete_default_position)
