"""GET /4.0/purchase/bills/{id} (getBill): Get Bill"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.bill import Bill


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/purchase/bills/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Bill:
    response_200 = Bill.from_dict(data)

    return response_200


OPERATION = Operation(
    "getBill",
    {
        200: ("json", _parse_200),
    },
)
