from typing import Literal

CalendarYearSearchCriteria = Literal[
    "!=",
    "<",
    "<=",
    "=",
    "==",
    ">",
    ">=",
    "equal",
    "greater_equal",
    "greater_than",
    "in",
    "is_null",
    "less_equal",
    "less_than",
    "like",
    "not_equal",
    "not_in",
    "not_like",
    "not_null",
]

CALENDAR_YEAR_SEARCH_CRITERIA_VALUES: set[CalendarYearSearchCriteria] = {
    "!=",
    "<",
    "<=",
    "=",
    "==",
    ">",
    ">=",
    "equal",
    "greater_equal",
    "greater_than",
    "in",
    "is_null",
    "less_equal",
    "less_than",
    "like",
    "not_equal",
    "not_in",
    "not_like",
    "not_null",
}


def check_calendar_year_search_criteria(value: str) -> CalendarYearSearchCriteria:
    if value in CALENDAR_YEAR_SEARCH_CRITERIA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_YEAR_SEARCH_CRITERIA_VALUES!r}")
