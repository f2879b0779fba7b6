"""PUT /4.0/purchase/bills/{id} (updateBill): Update Bill"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation, as_model
from ...models.bill import Bill
from ...models.bill_edit import BillEdit


def _get_kwargs(
    id: UUID,
    *,
    body: BillEdit | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/purchase/bills/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    body = as_model(body, BillEdit)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Bill:
    response_200 = Bill.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateBill",
    {
        200: ("json", _parse_200),
    },
)
