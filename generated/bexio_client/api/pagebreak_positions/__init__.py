"""PagebreakPositions: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_pagebreak_position,
    delete_pagebreak_position,
    get_pagebreak_position,
    list_pagebreak_positions,
    update_pagebreak_position,
)


class PagebreakPositionsResource(Resource):
    """PagebreakPositions operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_pagebreak_positions)
    create = Operation(create_pagebreak_position)
    get = Operation(get_pagebreak_position)
    update = Operation(update_pagebreak_position)
    delete = Operation(delete_pagebreak_position)
