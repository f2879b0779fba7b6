"""PATCH /3.0/files/{file_id} (updateFile): Update existing file"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.file import File
from ...models.file_edit import FileEdit


def _get_kwargs(
    file_id: int,
    *,
    body: FileEdit | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/3.0/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    body = as_model(body, FileEdit)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> File:
    response_200 = File.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateFile",
    {
        200: ("json", _parse_200),
    },
)
