"""Timesheets: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_timesheet,
    delete_timesheet,
    get_timesheet,
    list_timesheet_statuses,
    list_timesheets,
    search_timesheets,
    update_timesheet,
)


class TimesheetsResource(Resource):
    """Timesheets operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_timesheets)
    create = Operation(create_timesheet)
    search = Operation(search_timesheets)
    get = Operation(get_timesheet)
    update = Operation(update_timesheet)
    delete = Operation(delete_timesheet)
    list_timesheet_statuses = Operation(list_timesheet_statuses)
