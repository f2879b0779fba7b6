from typing import Literal

TitleSearchCriterionField = Literal["name"]

TITLE_SEARCH_CRITERION_FIELD_VALUES: set[TitleSearchCriterionField] = {
    "name",
}


def check_title_search_criterion_field(value: str) -> TitleSearchCriterionField:
    if value in TITLE_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TITLE_SEARCH_CRITERION_FIELD_VALUES!r}")
