"""GET /2.0/note/{note_id} (getNote): Fetch a note"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.note import Note


def _get_kwargs(
    note_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/note/{note_id}".format(
            note_id=quote(str(note_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Note:
    response_200 = Note.from_dict(data)

    return response_200


OPERATION = Operation(
    "getNote",
    {
        200: ("json", _parse_200),
    },
)
