"""DELETE /4.0/banking/payments/{payment_id} (deletePayment): Delete a payment"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.entry_deleted import EntryDeleted


def _get_kwargs(
    payment_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/4.0/banking/payments/{payment_id}".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> EntryDeleted:
    response_200 = EntryDeleted.from_dict(data)

    return response_200


OPERATION = Operation(
    "deletePayment",
    {
        200: ("json", _parse_200),
    },
)
