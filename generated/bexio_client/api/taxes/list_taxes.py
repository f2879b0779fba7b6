"""GET /3.0/taxes (listTaxes): Fetch a list of taxes"""

import datetime
from typing import Any

from ..._resource import Operation
from ...models.list_taxes_scope import ListTaxesScope
from ...models.list_taxes_types import ListTaxesTypes
from ...models.tax import Tax
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    scope: ListTaxesScope | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    types: ListTaxesTypes | Unset = UNSET,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope

    params["scope"] = json_scope

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    json_types: str | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = types

    params["types"] = json_types

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/taxes",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[Tax]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Tax.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listTaxes",
    {
        200: ("json", _parse_200),
    },
)
