"""GET /3.0/currencies/{currency_id} (getCurrency): Fetch a currency"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.currency import Currency


def _get_kwargs(
    currency_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/currencies/{currency_id}".format(
            currency_id=quote(str(currency_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Currency:
    response_200 = Currency.from_dict(data)

    return response_200


OPERATION = Operation(
    "getCurrency",
    {
        200: ("json", _parse_200),
    },
)
