"""POST /2.0/note/search (searchNotes): Search notes"""

from collections.abc import Mapping, Sequence
from typing import Any

from ..._resource import Operation, as_model
from ...models.note import Note
from ...models.note_search_criterion import NoteSearchCriterion
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: Sequence[NoteSearchCriterion | Mapping[str, Any]],
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/note/search",
        "params": params,
    }

    body = [as_model(item, NoteSearchCriterion) for item in body]
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> list[Note]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Note.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "searchNotes",
    {
        200: ("json", _parse_200),
    },
)
