"""GET /3.0/banking/payments (listBankPayments): Fetch a list of payments"""

import datetime
from typing import Any

from ..._resource import Operation
from ...models.bank_payment import BankPayment
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    bill_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["limit"] = limit

    params["offset"] = offset

    params["bill_id"] = bill_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/banking/payments",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[BankPayment]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = BankPayment.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listBankPayments",
    {
        200: ("json", _parse_200),
    },
    deprecated="This action fetches all payments",
)
