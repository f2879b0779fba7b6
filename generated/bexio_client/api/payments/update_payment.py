"""PUT /4.0/banking/payments/{payment_id} (updatePayment): Update a payment"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation, as_model
from ...models.payment_update import PaymentUpdate
from ...models.payment_view import PaymentView


def _get_kwargs(
    payment_id: UUID,
    *,
    body: PaymentUpdate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/banking/payments/{payment_id}".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    body = as_model(body, PaymentUpdate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> PaymentView:
    response_200 = PaymentView.from_dict(data)

    return response_200


OPERATION = Operation(
    "updatePayment",
    {
        200: ("json", _parse_200),
    },
)
