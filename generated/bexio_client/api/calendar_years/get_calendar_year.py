"""GET /3.0/accounting/calendar_years/{calendar_year_id} (getCalendarYear): Fetch a calendar year"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.calendar_year import CalendarYear


def _get_kwargs(
    calendar_year_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/accounting/calendar_years/{calendar_year_id}".format(
            calendar_year_id=quote(str(calendar_year_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> CalendarYear:
    response_200 = CalendarYear.from_dict(data)

    return response_200


OPERATION = Operation(
    "getCalendarYear",
    {
        200: ("json", _parse_200),
    },
)
