"""POST /2.0/kb_order (createOrder): Create order"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.order import Order
from ...models.order_create import OrderCreate


def _get_kwargs(
    *,
    body: OrderCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_order",
    }

    body = as_model(body, OrderCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Order:
    response_201 = Order.from_dict(data)

    return response_201


OPERATION = Operation(
    "createOrder",
    {
        201: ("json", _parse_201),
    },
)
