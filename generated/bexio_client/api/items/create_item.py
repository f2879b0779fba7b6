"""POST /2.0/article (createItem): Create item"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.item import Item
from ...models.item_create import ItemCreate


def _get_kwargs(
    *,
    body: ItemCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/article",
    }

    body = as_model(body, ItemCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Item:
    response_201 = Item.from_dict(data)

    return response_201


OPERATION = Operation(
    "createItem",
    {
        201: ("json", _parse_201),
    },
)
