"""GET /3.0/accounting/business_years (listBusinessYears): Fetch a list of business years"""

from typing import Any

from ..._resource import Operation
from ...models.business_year import BusinessYear
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/accounting/business_years",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[BusinessYear]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = BusinessYear.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listBusinessYears",
    {
        200: ("json", _parse_200),
    },
)
