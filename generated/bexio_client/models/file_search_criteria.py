from typing import Literal

FileSearchCriteria = Literal[
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

FILE_SEARCH_CRITERIA_VALUES: set[FileSearchCriteria] = {
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


def check_file_search_criteria(value: str) -> FileSearchCriteria:
    if value in FILE_SEARCH_CRITERIA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_CRITERIA_VALUES!r}")
