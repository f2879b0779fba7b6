"""Orders: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_delivery_from_order,
    create_invoice_from_order,
    create_order,
    delete_order,
    delete_order_repetition,
    get_order,
    get_order_pdf,
    get_order_repetition,
    list_orders,
    search_orders,
    update_order,
    update_order_repetition,
)


class OrdersResource(Resource):
    """Orders operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_orders)
    create = Operation(create_order)
    search = Operation(search_orders)
    get = Operation(get_order)
    update = Operation(update_order)
    delete = Operation(delete_order)
    create_delivery_from_order = Operation(create_delivery_from_order)
    create_invoice_from_order = Operation(create_invoice_from_order)
    get_order_pdf = Operation(get_order_pdf)
    get_order_repetition = Operation(get_order_repetition)
    update_order_repetition = Operation(update_order_repetition)
    delete_order_repetition = Operation(delete_order_repetition)
