"""OutgoingPayment: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_outgoing_payment,
    delete_outgoing_payment,
    get_outgoing_payment,
    list_outgoing_payments,
    update_outgoing_payment,
)


class OutgoingPaymentResource(Resource):
    """OutgoingPayment operations: call them for the parsed result, `.detailed()` for the response."""

    list_outgoing_payments = Operation(list_outgoing_payments)
    update = Operation(update_outgoing_payment)
    create = Operation(create_outgoing_payment)
    get = Operation(get_outgoing_payment)
    delete = Operation(delete_outgoing_payment)
