"""GET /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files/{file_id} (getManualEntryLineFile): Fetch file of manual entry line"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.manual_entry_file import ManualEntryFile


def _get_kwargs(
    manual_entry_id: int,
    entry_id: int,
    file_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files/{file_id}".format(
            manual_entry_id=quote(str(manual_entry_id), safe=""),
            entry_id=quote(str(entry_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> ManualEntryFile:
    response_200 = ManualEntryFile.from_dict(data)

    return response_200


OPERATION = Operation(
    "getManualEntryLineFile",
    {
        200: ("json", _parse_200),
    },
)
