from typing import Literal

UnitSearchCriterionField = Literal["name"]

UNIT_SEARCH_CRITERION_FIELD_VALUES: set[UnitSearchCriterionField] = {
    "name",
}


def check_unit_search_criterion_field(value: str) -> UnitSearchCriterionField:
    if value in UNIT_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNIT_SEARCH_CRITERION_FIELD_VALUES!r}")
