from typing import Literal

SalutationSearchCriterionField = Literal["name"]

SALUTATION_SEARCH_CRITERION_FIELD_VALUES: set[SalutationSearchCriterionField] = {
    "name",
}


def check_salutation_search_criterion_field(value: str) -> SalutationSearchCriterionField:
    if value in SALUTATION_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SALUTATION_SEARCH_CRITERION_FIELD_VALUES!r}")
