"""POST /2.0/article/{article_id} (updateItem): Edit an item"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.item import Item
from ...models.item_create import ItemCreate
from ...types import UNSET, Unset


def _get_kwargs(
    article_id: int,
    *,
    body: ItemCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/article/{article_id}".format(
            article_id=quote(str(article_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, ItemCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Item:
    response_200 = Item.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateItem",
    {
        200: ("json", _parse_200),
    },
)
