"""DELETE /4.0/expenses/{id} (deleteExpense): Delete Expense"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/4.0/expenses/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


OPERATION = Operation(
    "deleteExpense",
    {
        200: None,
    },
)
