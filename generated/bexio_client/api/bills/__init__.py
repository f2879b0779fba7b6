"""Bills: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_bill,
    delete_bill,
    execute_bill_action,
    get_bill,
    list_bills,
    update_bill,
    update_bill_status,
    validate_bill_document_number,
)


class BillsResource(Resource):
    """Bills operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_bills)
    create = Operation(create_bill)
    get = Operation(get_bill)
    update = Operation(update_bill)
    delete = Operation(delete_bill)
    update_bill_status = Operation(update_bill_status)
    execute_bill_action = Operation(execute_bill_action)
    validate_bill_document_number = Operation(validate_bill_document_number)
