"""POST /2.0/kb_offer/{quote_id}/order (createOrderFromQuote): Create order from quote"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.kb_document_position_selection import KbDocumentPositionSelection
from ...models.order import Order
from ...types import UNSET, Unset


def _get_kwargs(
    quote_id: int,
    *,
    body: KbDocumentPositionSelection | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_offer/{quote_id}/order".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, KbDocumentPositionSelection)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Order:
    response_201 = Order.from_dict(data)

    return response_201


OPERATION = Operation(
    "createOrderFromQuote",
    {
        201: ("json", _parse_201),
    },
)
