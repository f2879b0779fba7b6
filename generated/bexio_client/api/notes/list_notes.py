"""GET /2.0/note (listNotes): Fetch a list of notes"""

from typing import Any

from ..._resource import Operation
from ...models.note import Note
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
        "url": "/2.0/note",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[Note]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Note.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listNotes",
    {
        200: ("json", _parse_200),
    },
)
