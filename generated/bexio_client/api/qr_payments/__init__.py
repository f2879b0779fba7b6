"""QrPayments: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_qr_payment,
    get_qr_payment,
    update_qr_payment,
)


class QrPaymentsResource(Resource):
    """QrPayments operations: call them for the parsed result, `.detailed()` for the response."""

    create = Operation(create_qr_payment)
    get = Operation(get_qr_payment)
    update = Operation(update_qr_payment)
