"""DELETE /2.0/note/{note_id} (deleteNote): Delete a note"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    note_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2.0/note/{note_id}".format(
            note_id=quote(str(note_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteNote",
    {
        200: ("json", _parse_200),
    },
)
