"""POST /4.0/banking/payments (createPayment): Create a payment"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.payment_create import PaymentCreate
from ...models.payment_view import PaymentView


def _get_kwargs(
    *,
    body: PaymentCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/4.0/banking/payments",
    }

    body = as_model(body, PaymentCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> PaymentView:
    response_201 = PaymentView.from_dict(data)

    return response_201


OPERATION = Operation(
    "createPayment",
    {
        201: ("json", _parse_201),
    },
)
