"""POST /2.0/kb_delivery/{delivery_id}/issue (issueDelivery): Issue a delivery"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    delivery_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_delivery/{delivery_id}/issue".format(
            delivery_id=quote(str(delivery_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "issueDelivery",
    {
        200: ("json", _parse_200),
    },
)
