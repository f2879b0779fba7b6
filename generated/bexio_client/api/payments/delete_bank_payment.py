"""DELETE /3.0/banking/payments/{payment_id} (deleteBankPayment): Delete a payment"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    payment_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/3.0/banking/payments/{payment_id}".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteBankPayment",
    {
        200: ("json", _parse_200),
    },
    deprecated='This action permanently deletes an existing payment. It cannot be undone. Please note that a payment can only be deleted when the status is "open".',
)
