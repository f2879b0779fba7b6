"""PUT /4.0/purchase/outgoing-payments (updateOutgoingPayment): Edit Outgoing Payment"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.outgoing_payment import OutgoingPayment
from ...models.outgoing_payment_edit import OutgoingPaymentEdit


def _get_kwargs(
    *,
    body: OutgoingPaymentEdit | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/purchase/outgoing-payments",
    }

    body = as_model(body, OutgoingPaymentEdit)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> OutgoingPayment:
    response_200 = OutgoingPayment.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateOutgoingPayment",
    {
        200: ("json", _parse_200),
    },
)
