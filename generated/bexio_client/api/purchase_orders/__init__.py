"""PurchaseOrders: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_purchase_order,
    delete_purchase_order,
    get_purchase_order,
    list_purchase_orders,
    update_purchase_order,
)


class PurchaseOrdersResource(Resource):
    """PurchaseOrders operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_purchase_orders)
    create = Operation(create_purchase_order)
    get = Operation(get_purchase_order)
    update = Operation(update_purchase_order)
    delete = Operation(delete_purchase_order)
