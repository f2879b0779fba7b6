"""POST /4.0/expenses (createExpense): Create new Expense"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.expense import Expense
from ...models.expense_create import ExpenseCreate


def _get_kwargs(
    *,
    body: ExpenseCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/4.0/expenses",
    }

    body = as_model(body, ExpenseCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Expense:
    response_201 = Expense.from_dict(data)

    return response_201


OPERATION = Operation(
    "createExpense",
    {
        201: ("json", _parse_201),
    },
)
