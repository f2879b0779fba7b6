"""GET /3.0/accounting/manual_entries (listManualEntries): Fetch a list of manual entries"""

from typing import Any

from ..._resource import Operation
from ...models.manual_compound_entry import ManualCompoundEntry
from ...models.manual_group_entry import ManualGroupEntry
from ...models.manual_single_entry import ManualSingleEntry
from ...types import UNSET, Unset


def _get_kwargs(
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
        "url": "/3.0/accounting/manual_entries",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:

        def _parse_response_200_item(data: object) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
            return {
                "manual_compound_entry": ManualCompoundEntry,
                "manual_group_entry": ManualGroupEntry,
                "manual_single_entry": ManualSingleEntry,
            }[data["type"]].from_dict(data)  # type: ignore[index]

        response_200_item = _parse_response_200_item(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listManualEntries",
    {
        200: ("json", _parse_200),
    },
)
