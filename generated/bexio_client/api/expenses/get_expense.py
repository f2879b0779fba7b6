"""GET /4.0/expenses/{id} (getExpense): Get Expense"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.expense import Expense


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/expenses/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Expense:
    response_200 = Expense.from_dict(data)

    return response_200


OPERATION = Operation(
    "getExpense",
    {
        200: ("json", _parse_200),
    },
)
