"""IbanPayments: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_iban_payment,
    get_iban_payment,
    update_iban_payment,
)


class IbanPaymentsResource(Resource):
    """IbanPayments operations: call them for the parsed result, `.detailed()` for the response."""

    create = Operation(create_iban_payment)
    get = Operation(get_iban_payment)
    update = Operation(update_iban_payment)
