"""POST /2.0/note/{note_id} (updateNote): Edit a note"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.note import Note
from ...models.note_create import NoteCreate
from ...types import UNSET, Unset


def _get_kwargs(
    note_id: int,
    *,
    body: NoteCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/note/{note_id}".format(
            note_id=quote(str(note_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, NoteCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Note:
    response_200 = Note.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateNote",
    {
        200: ("json", _parse_200),
    },
)
