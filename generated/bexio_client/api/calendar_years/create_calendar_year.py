"""POST /3.0/accounting/calendar_years (createCalendarYear): Create calendar year."""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.calendar_year import CalendarYear
from ...models.calendar_year_create import CalendarYearCreate


def _get_kwargs(
    *,
    body: CalendarYearCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/accounting/calendar_years",
    }

    body = as_model(body, CalendarYearCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> list[CalendarYear]:
    response_201 = []
    _response_201 = data
    for response_201_item_data in _response_201:
        response_201_item = CalendarYear.from_dict(response_201_item_data)

        response_201.append(response_201_item)

    return response_201


OPERATION = Operation(
    "createCalendarYear",
    {
        201: ("json", _parse_201),
    },
)
