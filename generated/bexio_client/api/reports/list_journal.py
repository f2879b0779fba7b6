"""GET /3.0/accounting/journal (listJournal): Journal"""

import datetime
from typing import Any
from uuid import UUID

from ..._resource import Operation
from ...models.journal_booking import JournalBooking
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    account_uuid: UUID | Unset = UNSET,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_account_uuid: str | Unset = UNSET
    if not isinstance(account_uuid, Unset):
        json_account_uuid = str(account_uuid)
    params["account_uuid"] = json_account_uuid

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/accounting/journal",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[JournalBooking]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = JournalBooking.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listJournal",
    {
        200: ("json", _parse_200),
    },
)
