"""POST /2.0/kb_order/{order_id}/repetition (updateOrderRepetition): Edit a repetition"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.order_repetition import OrderRepetition
from ...models.order_repetition_edit import OrderRepetitionEdit
from ...types import UNSET, Unset


def _get_kwargs(
    order_id: int,
    *,
    body: OrderRepetitionEdit | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_order/{order_id}/repetition".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, OrderRepetitionEdit)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> OrderRepetition:
    response_200 = OrderRepetition.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateOrderRepetition",
    {
        200: ("json", _parse_200),
    },
)
