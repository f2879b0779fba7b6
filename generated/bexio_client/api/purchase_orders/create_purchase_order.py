"""POST /3.0/purchase_orders (createPurchaseOrder): Create a purchase order"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_order_create import PurchaseOrderCreate


def _get_kwargs(
    *,
    body: PurchaseOrderCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/purchase_orders",
    }

    body = as_model(body, PurchaseOrderCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> PurchaseOrder:
    response_201 = PurchaseOrder.from_dict(data)

    return response_201


OPERATION = Operation(
    "createPurchaseOrder",
    {
        201: ("json", _parse_201),
    },
)
