"""DELETE /3.0/files/{file_id} (deleteFile): Delete a existing file"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    file_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/3.0/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteFile",
    {
        200: ("json", _parse_200),
    },
)
