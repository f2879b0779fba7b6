"""POST /2.0/note (createNote): Create note"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.note import Note
from ...models.note_create import NoteCreate


def _get_kwargs(
    *,
    body: NoteCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/note",
    }

    body = as_model(body, NoteCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Note:
    response_201 = Note.from_dict(data)

    return response_201


OPERATION = Operation(
    "createNote",
    {
        201: ("json", _parse_201),
    },
)
