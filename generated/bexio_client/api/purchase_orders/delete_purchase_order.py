"""DELETE /3.0/purchase_orders/{purchase_order_id} (deletePurchaseOrder): Delete a purchase order"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    purchase_order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/3.0/purchase_orders/{purchase_order_id}".format(
            purchase_order_id=quote(str(purchase_order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deletePurchaseOrder",
    {
        200: ("json", _parse_200),
    },
)
