"""DiscountPositions: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_discount_position,
    delete_discount_position,
    get_discount_position,
    list_discount_positions,
    update_discount_position,
)


class DiscountPositionsResource(Resource):
    """DiscountPositions operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_discount_positions)
    create = Operation(create_discount_position)
    get = Operation(get_discount_position)
    update = Operation(update_discount_position)
    delete = Operation(delete_discount_position)
