"""PUT /4.0/expenses/{id} (updateExpense): Update Expense"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation, as_model
from ...models.expense import Expense
from ...models.expense_edit import ExpenseEdit


def _get_kwargs(
    id: UUID,
    *,
    body: ExpenseEdit | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/expenses/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    body = as_model(body, ExpenseEdit)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Expense:
    response_200 = Expense.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateExpense",
    {
        200: ("json", _parse_200),
    },
)
