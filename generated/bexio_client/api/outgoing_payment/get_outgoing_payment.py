"""GET /4.0/purchase/outgoing-payments/{id} (getOutgoingPayment): Get Outgoing Payment"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.outgoing_payment import OutgoingPayment


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/purchase/outgoing-payments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> OutgoingPayment:
    response_200 = OutgoingPayment.from_dict(data)

    return response_200


OPERATION = Operation(
    "getOutgoingPayment",
    {
        200: ("json", _parse_200),
    },
)
