"""GET /2.0/title (listTitles): Fetch a list of titles"""

from typing import Any

from ..._resource import Operation
from ...models.title import Title
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["order_by"] = order_by

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/title",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[Title]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Title.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listTitles",
    {
        200: ("json", _parse_200),
    },
)
