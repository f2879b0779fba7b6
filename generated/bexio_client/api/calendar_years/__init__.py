"""CalendarYears: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_calendar_year,
    get_calendar_year,
    list_calendar_years,
    search_calendar_years,
)


class CalendarYearsResource(Resource):
    """CalendarYears operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_calendar_years)
    create = Operation(create_calendar_year)
    search = Operation(search_calendar_years)
    get = Operation(get_calendar_year)
