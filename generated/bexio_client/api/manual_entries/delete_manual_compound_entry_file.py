"""DELETE /3.0/accounting/manual_entries/{manual_entry_id}/files/{file_id} (deleteManualCompoundEntryFile): Delete connection between file and manual compound entry"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    manual_entry_id: int,
    file_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/3.0/accounting/manual_entries/{manual_entry_id}/files/{file_id}".format(
            manual_entry_id=quote(str(manual_entry_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteManualCompoundEntryFile",
    {
        200: ("json", _parse_200),
    },
)
