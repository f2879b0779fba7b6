"""GET /2.0/article/{article_id} (getItem): Fetch an item"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.item import Item


def _get_kwargs(
    article_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/article/{article_id}".format(
            article_id=quote(str(article_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Item:
    response_200 = Item.from_dict(data)

    return response_200


OPERATION = Operation(
    "getItem",
    {
        200: ("json", _parse_200),
    },
)
