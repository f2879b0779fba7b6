"""PaymentTypes: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_payment_types,
    search_payment_types,
)


class PaymentTypesResource(Resource):
    """PaymentTypes operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_payment_types)
    search = Operation(search_payment_types)
