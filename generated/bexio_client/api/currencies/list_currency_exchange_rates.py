"""GET /3.0/currencies/{currency_id}/exchange_rates (listCurrencyExchangeRates): Fetch exchange rates for currencies"""

import datetime
from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.currency_exchange_rate import CurrencyExchangeRate
from ...types import UNSET, Unset


def _get_kwargs(
    currency_id: int,
    *,
    date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/currencies/{currency_id}/exchange_rates".format(
            currency_id=quote(str(currency_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[CurrencyExchangeRate]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = CurrencyExchangeRate.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listCurrencyExchangeRates",
    {
        200: ("json", _parse_200),
    },
)
