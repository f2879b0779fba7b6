"""POST /3.0/accounting/manual_entries (createManualEntry): Create manual entry"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.manual_compound_entry import ManualCompoundEntry
from ...models.manual_compound_entry_create import ManualCompoundEntryCreate
from ...models.manual_group_entry import ManualGroupEntry
from ...models.manual_group_entry_create import ManualGroupEntryCreate
from ...models.manual_single_entry import ManualSingleEntry
from ...models.manual_single_entry_create import ManualSingleEntryCreate


def _get_kwargs(
    *,
    body: ManualSingleEntryCreate | ManualCompoundEntryCreate | ManualGroupEntryCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/accounting/manual_entries",
    }

    body = as_model(
        body,
        (
            ManualSingleEntryCreate,
            ManualCompoundEntryCreate,
            ManualGroupEntryCreate,
        ),
    )

    if isinstance(body, ManualSingleEntryCreate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ManualCompoundEntryCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
    def _parse_response_201(data: object) -> ManualCompoundEntry | ManualGroupEntry | ManualSingleEntry:
        return {
            "manual_compound_entry": ManualCompoundEntry,
            "manual_group_entry": ManualGroupEntry,
            "manual_single_entry": ManualSingleEntry,
        }[data["type"]].from_dict(data)  # type: ignore[index]

    response_201 = _parse_response_201(data)

    return response_201


OPERATION = Operation(
    "createManualEntry",
    {
        201: ("json", _parse_201),
    },
)
