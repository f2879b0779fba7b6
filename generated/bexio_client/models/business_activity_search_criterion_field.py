from typing import Literal

BusinessActivitySearchCriterionField = Literal["name"]

BUSINESS_ACTIVITY_SEARCH_CRITERION_FIELD_VALUES: set[BusinessActivitySearchCriterionField] = {
    "name",
}


def check_business_activity_search_criterion_field(value: str) -> BusinessActivitySearchCriterionField:
    if value in BUSINESS_ACTIVITY_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUSINESS_ACTIVITY_SEARCH_CRITERION_FIELD_VALUES!r}")
