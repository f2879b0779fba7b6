"""Payments: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    cancel_bank_payment,
    delete_bank_payment,
    list_bank_payments,
)


class PaymentsResource(Resource):
    """Payments operations: call them for the parsed result, `.detailed()` for the response."""

    list_bank_payments = Operation(list_bank_payments)
    cancel_bank_payment = Operation(cancel_bank_payment)
    delete_bank_payment = Operation(delete_bank_payment)
