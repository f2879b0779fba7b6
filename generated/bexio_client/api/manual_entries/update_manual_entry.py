"""PUT /3.0/accounting/manual_entries/{manual_entry_id} (updateManualEntry): Update manual entry"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.manual_compound_entry import ManualCompoundEntry
from ...models.manual_compound_entry_update import ManualCompoundEntryUpdate
from ...models.manual_group_entry import ManualGroupEntry
from ...models.manual_group_entry_update import ManualGroupEntryUpdate
from ...models.manual_single_entry import ManualSingleEntry
from ...models.manual_single_entry_update import ManualSingleEntryUpdate


def _get_kwargs(
    manual_entry_id: int,
    *,
    body: ManualCompoundEntryUpdate | ManualGroupEntryUpdate | ManualSingleEntryUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/3.0/accounting/manual_entries/{manual_entry_id}".format(
            manual_entry_id=quote(str(manual_entry_id), safe=""),
        ),
    }

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
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_manual_entry_type_0 = ManualSingleEntry.from_dict(data)

            return componentsschemas_manual_entry_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_manual_entry_type_1 = ManualCompoundEntry.from_dict(data)

            return componentsschemas_manual_entry_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_manual_entry_type_2 = ManualGroupEntry.from_dict(data)

        return componentsschemas_manual_entry_type_2

    response_200 = _parse_response_200(data)

    return response_200


OPERATION = Operation(
    "updateManualEntry",
    {
        200: ("json", _parse_200),
    },
)
