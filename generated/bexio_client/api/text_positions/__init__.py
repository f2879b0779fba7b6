"""TextPositions: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_text_position,
    delete_text_position,
    get_text_position,
    list_text_positions,
    update_text_position,
)


class TextPositionsResource(Resource):
    """TextPositions operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_text_positions)
    create = Operation(create_text_position)
    get = Operation(get_text_position)
    update = Operation(update_text_position)
    delete = Operation(delete_text_position)
