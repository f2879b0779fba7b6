"""GET /3.0/purchase_orders/{purchase_order_id} (getPurchaseOrder): Fetch a single purchase order"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.purchase_order import PurchaseOrder


def _get_kwargs(
    purchase_order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/purchase_orders/{purchase_order_id}".format(
            purchase_order_id=quote(str(purchase_order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> PurchaseOrder:
    response_200 = PurchaseOrder.from_dict(data)

    return response_200


OPERATION = Operation(
    "getPurchaseOrder",
    {
        200: ("json", _parse_200),
    },
)
