"""PUT /3.0/accounting/manual_entries/{manual_entry_id} (updateManualEntry): Update manual entry"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.manual_compound_entry import ManualCompoundEntry
from ...models.manual_compound_entry_update import ManualCompoundEntryUpdate
from ...models.manual_group_entry import ManualGroupEntry
from ...models.manual_group_entry_update import ManualGroupEntryUpdate
from ...models.manual_single_entry import ManualSingleEntry
from ...models.manual_single_entry_update import ManualSingleEntryUpdate


def _get_kwargs(
    manual_entry_id: int,
    *,
    body: ManualSingleEntryUpdate | ManualCompoundEntryUpdate | ManualGroupEntryUpdate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/3.0/accounting/manual_entries/{manual_entry_id}".format(
            manual_entry_id=quote(str(manual_entry_id), safe=""),
        ),
    }

    body = as_model(
        body,
        (
            ManualSingleEntryUpdate,
            ManualCompoundEntryUpdate,
            ManualGroupEntryUpdate,
        ),
    )

    if isinstance(body, ManualSingleEntryUpdate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ManualCompoundEntryUpdate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
    def _parse_response_200(data: object) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
        return {
            "manual_compound_entry": ManualCompoundEntry,
            "manual_group_entry": ManualGroupEntry,
            "manual_single_entry": ManualSingleEntry,
        }[data["type"]].from_dict(data)  # type: ignore[index]

    response_200 = _parse_response_200(data)

    return response_200


OPERATION = Operation(
    "updateManualEntry",
    {
        200: ("json", _parse_200),
    },
)
