"""POST /4.0/purchase/bills/{id}/actions (executeBillAction): Execute Bill action"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation, as_model
from ...models.bill import Bill
from ...models.bill_action import BillAction


def _get_kwargs(
    id: UUID,
    *,
    body: BillAction | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/4.0/purchase/bills/{id}/actions".format(
            id=quote(str(id), safe=""),
        ),
    }

    body = as_model(body, BillAction)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Bill:
    response_200 = Bill.from_dict(data)

    return response_200


OPERATION = Operation(
    "executeBillAction",
    {
        200: ("json", _parse_200),
    },
)
