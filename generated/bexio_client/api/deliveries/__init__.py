"""Deliveries: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    get_delivery,
    issue_delivery,
    list_deliveries,
)


class DeliveriesResource(Resource):
    """Deliveries operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_deliveries)
    get = Operation(get_delivery)
    issue = Operation(issue_delivery)
