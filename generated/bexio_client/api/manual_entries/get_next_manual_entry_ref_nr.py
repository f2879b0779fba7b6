"""GET /3.0/accounting/manual_entries/next_ref_nr (getNextManualEntryRefNr): Get next reference number"""

from typing import Any

from ..._resource import Operation
from ...models.manual_entry_next_ref_nr import ManualEntryNextRefNr


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/accounting/manual_entries/next_ref_nr",
    }

    return _kwargs


def _parse_200(data: Any) -> ManualEntryNextRefNr:
    response_200 = ManualEntryNextRefNr.from_dict(data)

    return response_200


OPERATION = Operation(
    "getNextManualEntryRefNr",
    {
        200: ("json", _parse_200),
    },
)
