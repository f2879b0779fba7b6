"""GET /3.0/files/{file_id} (getFile): Get single file"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.file import File


def _get_kwargs(
    file_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> File:
    response_200 = File.from_dict(data)

    return response_200


OPERATION = Operation(
    "getFile",
    {
        200: ("json", _parse_200),
    },
)
