"""GET /3.0/files/{file_id}/usage (getFileUsage): Show file usage"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.file_usage import FileUsage


def _get_kwargs(
    file_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/files/{file_id}/usage".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> FileUsage:
    response_200 = FileUsage.from_dict(data)

    return response_200


OPERATION = Operation(
    "getFileUsage",
    {
        200: ("json", _parse_200),
    },
)
