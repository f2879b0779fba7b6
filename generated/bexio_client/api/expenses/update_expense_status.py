"""PUT /4.0/expenses/{id}/bookings/{status} (updateExpenseStatus): Update Expense status"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.expense import Expense
from ...models.update_expense_status_status import UpdateExpenseStatusStatus


def _get_kwargs(
    id: UUID,
    status: UpdateExpenseStatusStatus,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/expenses/{id}/bookings/{status}".format(
            id=quote(str(id), safe=""),
            status=quote(str(status), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Expense:
    response_200 = Expense.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateExpenseStatus",
    {
        200: ("json", _parse_200),
    },
)
