"""POST /4.0/purchase/outgoing-payments (createOutgoingPayment): Create new Outgoing Payment"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.outgoing_payment import OutgoingPayment
from ...models.outgoing_payment_create import OutgoingPaymentCreate


def _get_kwargs(
    *,
    body: OutgoingPaymentCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/4.0/purchase/outgoing-payments",
    }

    body = as_model(body, OutgoingPaymentCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> OutgoingPayment:
    response_201 = OutgoingPayment.from_dict(data)

    return response_201


OPERATION = Operation(
    "createOutgoingPayment",
    {
        201: ("json", _parse_201),
    },
)
