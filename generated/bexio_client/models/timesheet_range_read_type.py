from typing import Literal

TimesheetRangeReadType = Literal["range"]

TIMESHEET_RANGE_READ_TYPE_VALUES: set[TimesheetRangeReadType] = {
    "range",
}


def check_timesheet_range_read_type(value: str) -> TimesheetRangeReadType:
    if value in TIMESHEET_RANGE_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMESHEET_RANGE_READ_TYPE_VALUES!r}")
