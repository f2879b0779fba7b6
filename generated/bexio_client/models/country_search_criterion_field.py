from typing import Literal

CountrySearchCriterionField = Literal["name", "name_short"]

COUNTRY_SEARCH_CRITERION_FIELD_VALUES: set[CountrySearchCriterionField] = {
    "name",
    "name_short",
}


def check_country_search_criterion_field(value: str) -> CountrySearchCriterionField:
    if value in COUNTRY_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUNTRY_SEARCH_CRITERION_FIELD_VALUES!r}")
