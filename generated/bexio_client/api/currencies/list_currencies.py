"""GET /3.0/currencies (listCurrencies): Fetch a list of currencies"""

import datetime
from typing import Any

from ..._resource import Operation
from ...models.currency import Currency
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    embed: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["embed"] = embed

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/currencies",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[Currency]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Currency.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listCurrencies",
    {
        200: ("json", _parse_200),
    },
)
