"""POST /2.0/timesheet/{timesheet_id} (updateTimesheet): Edit a timesheet"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.timesheet import Timesheet
from ...models.timesheet_create import TimesheetCreate
from ...types import UNSET, Unset


def _get_kwargs(
    timesheet_id: int,
    *,
    body: TimesheetCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/timesheet/{timesheet_id}".format(
            timesheet_id=quote(str(timesheet_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, TimesheetCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Timesheet:
    response_200 = Timesheet.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateTimesheet",
    {
        200: ("json", _parse_200),
    },
)
