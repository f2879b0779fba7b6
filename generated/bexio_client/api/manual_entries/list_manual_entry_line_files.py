"""GET /3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files (listManualEntryLineFiles): Fetch files of manual entry line"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.manual_entry_file import ManualEntryFile
from ...types import UNSET, Unset


def _get_kwargs(
    manual_entry_id: int,
    entry_id: int,
    *,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files".format(
            manual_entry_id=quote(str(manual_entry_id), safe=""),
            entry_id=quote(str(entry_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[ManualEntryFile]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = ManualEntryFile.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listManualEntryLineFiles",
    {
        200: ("json", _parse_200),
    },
)
