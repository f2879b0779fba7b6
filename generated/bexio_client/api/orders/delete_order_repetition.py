"""DELETE /2.0/kb_order/{order_id}/repetition (deleteOrderRepetition): Delete a repetition"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2.0/kb_order/{order_id}/repetition".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteOrderRepetition",
    {
        200: ("json", _parse_200),
    },
)
