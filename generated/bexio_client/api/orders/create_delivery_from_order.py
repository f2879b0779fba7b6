"""POST /2.0/kb_order/{order_id}/delivery (createDeliveryFromOrder): Create delivery from order"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.delivery import Delivery
from ...models.kb_document_position_selection import KbDocumentPositionSelection
from ...types import UNSET, Unset


def _get_kwargs(
    order_id: int,
    *,
    body: KbDocumentPositionSelection | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_order/{order_id}/delivery".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, KbDocumentPositionSelection)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Delivery:
    response_201 = Delivery.from_dict(data)

    return response_201


OPERATION = Operation(
    "createDeliveryFromOrder",
    {
        201: ("json", _parse_201),
    },
)
