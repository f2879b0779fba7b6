"""GET /3.0/currencies/codes (listCurrencyCodes): Fetch all possible currency codes"""

from typing import Any, cast

from ..._resource import Operation


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/currencies/codes",
    }

    return _kwargs


def _parse_200(data: Any) -> list[list[str]]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = cast(list[str], response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listCurrencyCodes",
    {
        200: ("json", _parse_200),
    },
)
