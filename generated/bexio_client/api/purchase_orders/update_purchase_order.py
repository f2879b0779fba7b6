"""PUT /3.0/purchase_orders/{purchase_order_id} (updatePurchaseOrder): Update a single purchase order"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_order_edit import PurchaseOrderEdit
from ...types import UNSET, Unset


def _get_kwargs(
    purchase_order_id: int,
    *,
    body: PurchaseOrderEdit | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/3.0/purchase_orders/{purchase_order_id}".format(
            purchase_order_id=quote(str(purchase_order_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, PurchaseOrderEdit)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> PurchaseOrder:
    response_200 = PurchaseOrder.from_dict(data)

    return response_200


OPERATION = Operation(
    "updatePurchaseOrder",
    {
        200: ("json", _parse_200),
    },
)
