"""POST /4.0/purchase/bills (createBill): Create new Bill"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.bill import Bill
from ...models.bill_create import BillCreate


def _get_kwargs(
    *,
    body: BillCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/4.0/purchase/bills",
    }

    body = as_model(body, BillCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Bill:
    response_201 = Bill.from_dict(data)

    return response_201


OPERATION = Operation(
    "createBill",
    {
        201: ("json", _parse_201),
    },
)
