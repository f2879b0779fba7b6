"""POST /3.0/currencies (createCurrency): Create a currency"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.currency import Currency
from ...models.currency_create import CurrencyCreate


def _get_kwargs(
    *,
    body: CurrencyCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/currencies",
    }

    body = as_model(body, CurrencyCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Currency:
    response_201 = Currency.from_dict(data)

    return response_201


OPERATION = Operation(
    "createCurrency",
    {
        201: ("json", _parse_201),
    },
)
