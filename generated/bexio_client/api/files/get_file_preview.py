"""GET /3.0/files/{file_id}/preview (getFilePreview): Get file preview"""

from io import BytesIO
from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...types import File


def _get_kwargs(
    file_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/files/{file_id}/preview".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> File:
    response_200 = File(payload=BytesIO(data))

    return response_200


OPERATION = Operation(
    "getFilePreview",
    {
        200: ("bytes", _parse_200),
    },
)
