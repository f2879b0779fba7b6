"""POST /2.0/timesheet (createTimesheet): Create timesheet"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.timesheet import Timesheet
from ...models.timesheet_create import TimesheetCreate


def _get_kwargs(
    *,
    body: TimesheetCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/timesheet",
    }

    body = as_model(body, TimesheetCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Timesheet:
    response_201 = Timesheet.from_dict(data)

    return response_201


OPERATION = Operation(
    "createTimesheet",
    {
        201: ("json", _parse_201),
    },
)
