"""GET /2.0/kb_delivery/{delivery_id} (getDelivery): Fetch a delivery"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.delivery import Delivery


def _get_kwargs(
    delivery_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_delivery/{delivery_id}".format(
            delivery_id=quote(str(delivery_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Delivery:
    response_200 = Delivery.from_dict(data)

    return response_200


OPERATION = Operation(
    "getDelivery",
    {
        200: ("json", _parse_200),
    },
)
