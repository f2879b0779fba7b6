from typing import Literal

V2SearchCriteria = Literal[
    "!=",
    "<",
    "<=",
    "=",
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

V2_SEARCH_CRITERIA_VALUES: set[V2SearchCriteria] = {
    "!=",
    "<",
    "<=",
    "=",
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


def check_v2_search_criteria(value: str) -> V2SearchCriteria:
    if value in V2_SEARCH_CRITERIA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V2_SEARCH_CRITERIA_VALUES!r}")
