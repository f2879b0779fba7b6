from typing import Literal

TimesheetDurationType = Literal["duration"]

TIMESHEET_DURATION_TYPE_VALUES: set[TimesheetDurationType] = {
    "duration",
}


def check_timesheet_duration_type(value: str) -> TimesheetDurationType:
    if value in TIMESHEET_DURATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMESHEET_DURATION_TYPE_VALUES!r}")
