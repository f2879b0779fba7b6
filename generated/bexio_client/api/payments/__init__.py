"""Payments: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    cancel_payment,
    create_payment,
    delete_payment,
    get_payment,
    list_payments,
    update_payment,
)


class PaymentsResource(Resource):
    """Payments operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_payments)
    create = Operation(create_payment)
    get = Operation(get_payment)
    update = Operation(update_payment)
    delete = Operation(delete_payment)
    cancel = Operation(cancel_payment)
