"""POST /3.0/files (createFile): Create new file"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.file import File
from ...models.file_upload import FileUpload


def _get_kwargs(
    *,
    body: FileUpload | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/files",
    }

    body = as_model(body, FileUpload)
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> list[File]:
    response_201 = []
    _response_201 = data
    for response_201_item_data in _response_201:
        response_201_item = File.from_dict(response_201_item_data)

        response_201.append(response_201_item)

    return response_201


OPERATION = Operation(
    "createFile",
    {
        201: ("json", _parse_201),
    },
)
