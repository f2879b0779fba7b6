"""GET /4.0/banking/payments/{payment_id} (getPayment): Get a payment"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.payment_view import PaymentView


def _get_kwargs(
    payment_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/banking/payments/{payment_id}".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> PaymentView:
    response_200 = PaymentView.from_dict(data)

    return response_200


OPERATION = Operation(
    "getPayment",
    {
        200: ("json", _parse_200),
    },
)
