from typing import Literal

ItemSearchCriterionField = Literal["intern_code", "intern_name"]

ITEM_SEARCH_CRITERION_FIELD_VALUES: set[ItemSearchCriterionField] = {
    "intern_code",
    "intern_name",
}


def check_item_search_criterion_field(value: str) -> ItemSearchCriterionField:
    if value in ITEM_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ITEM_SEARCH_CRITERION_FIELD_VALUES!r}")
