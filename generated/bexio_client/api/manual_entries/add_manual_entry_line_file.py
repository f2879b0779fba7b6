"""POST /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files (addManualEntryLineFile): Add file to manual entry line"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.manual_entry_file import ManualEntryFile
from ...models.manual_entry_file_upload import ManualEntryFileUpload


def _get_kwargs(
    manual_entry_id: int,
    entry_id: int,
    *,
    body: ManualEntryFileUpload | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files".format(
            manual_entry_id=quote(str(manual_entry_id), safe=""),
            entry_id=quote(str(entry_id), safe=""),
        ),
    }

    body = as_model(body, ManualEntryFileUpload)
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> list[ManualEntryFile]:
    response_201 = []
    _response_201 = data
    for response_201_item_data in _response_201:
        response_201_item = ManualEntryFile.from_dict(response_201_item_data)

        response_201.append(response_201_item)

    return response_201


OPERATION = Operation(
    "addManualEntryLineFile",
    {
        201: ("json", _parse_201),
    },
)
