"""PATCH /3.0/currencies/{currency_id} (updateCurrency): Update a currency"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.currency import Currency
from ...models.currency_edit import CurrencyEdit


def _get_kwargs(
    currency_id: int,
    *,
    body: CurrencyEdit | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/3.0/currencies/{currency_id}".format(
            currency_id=quote(str(currency_id), safe=""),
        ),
    }

    body = as_model(body, CurrencyEdit)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Currency:
    response_200 = Currency.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateCurrency",
    {
        200: ("json", _parse_200),
    },
)
