"""GET /2.0/title/{title_id} (getTitle): Fetch a title"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.title import Title


def _get_kwargs(
    title_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/title/{title_id}".format(
            title_id=quote(str(title_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Title:
    response_200 = Title.from_dict(data)

    return response_200


OPERATION = Operation(
    "getTitle",
    {
        200: ("json", _parse_200),
    },
)
