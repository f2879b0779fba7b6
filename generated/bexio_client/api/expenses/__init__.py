"""Expenses: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_expense,
    delete_expense,
    execute_expense_action,
    get_expense,
    list_expenses,
    update_expense,
    update_expense_status,
    validate_expense_document_number,
)


class ExpensesResource(Resource):
    """Expenses operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_expenses)
    create = Operation(create_expense)
    get = Operation(get_expense)
    update = Operation(update_expense)
    delete = Operation(delete_expense)
    update_expense_status = Operation(update_expense_status)
    execute_expense_action = Operation(execute_expense_action)
    validate_expense_document_number = Operation(validate_expense_document_number)
