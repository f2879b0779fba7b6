from typing import Literal

TimesheetDurationReadType = Literal["duration"]

TIMESHEET_DURATION_READ_TYPE_VALUES: set[TimesheetDurationReadType] = {
    "duration",
}


def check_timesheet_duration_read_type(value: str) -> TimesheetDurationReadType:
    if value in TIMESHEET_DURATION_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMESHEET_DURATION_READ_TYPE_VALUES!r}")
