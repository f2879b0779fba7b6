from typing import Literal

TimesheetStopwatchType = Literal["stopwatch"]

TIMESHEET_STOPWATCH_TYPE_VALUES: set[TimesheetStopwatchType] = {
    "stopwatch",
}


def check_timesheet_stopwatch_type(value: str) -> TimesheetStopwatchType:
    if value in TIMESHEET_STOPWATCH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMESHEET_STOPWATCH_TYPE_VALUES!r}")
