"""GET /2.0/kb_order/{order_id} (getOrder): Fetch an order"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.order import Order


def _get_kwargs(
    order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_order/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Order:
    response_200 = Order.from_dict(data)

    return response_200


OPERATION = Operation(
    "getOrder",
    {
        200: ("json", _parse_200),
    },
)
