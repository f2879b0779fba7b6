"""GET /2.0/timesheet/{timesheet_id} (getTimesheet): Fetch a timesheet"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.timesheet import Timesheet


def _get_kwargs(
    timesheet_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/timesheet/{timesheet_id}".format(
            timesheet_id=quote(str(timesheet_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Timesheet:
    response_200 = Timesheet.from_dict(data)

    return response_200


OPERATION = Operation(
    "getTimesheet",
    {
        200: ("json", _parse_200),
    },
)
