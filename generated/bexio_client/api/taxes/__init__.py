"""Taxes: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    delete_tax,
    get_tax,
    list_taxes,
)


class TaxesResource(Resource):
    """Taxes operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_taxes)
    get = Operation(get_tax)
    delete = Operation(delete_tax)
