"""POST /2.0/kb_order/{order_id} (updateOrder): Edit an order"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.order import Order
from ...models.order_edit import OrderEdit
from ...types import UNSET, Unset


def _get_kwargs(
    order_id: int,
    *,
    body: OrderEdit | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_order/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, OrderEdit)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Order:
    response_200 = Order.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateOrder",
    {
        200: ("json", _parse_200),
    },
)
