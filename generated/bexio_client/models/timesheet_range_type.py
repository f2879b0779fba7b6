from typing import Literal

TimesheetRangeType = Literal["range"]

TIMESHEET_RANGE_TYPE_VALUES: set[TimesheetRangeType] = {
    "range",
}


def check_timesheet_range_type(value: str) -> TimesheetRangeType:
    if value in TIMESHEET_RANGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMESHEET_RANGE_TYPE_VALUES!r}")
