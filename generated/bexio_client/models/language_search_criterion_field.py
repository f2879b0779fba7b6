from typing import Literal

LanguageSearchCriterionField = Literal["iso_639_1", "name"]

LANGUAGE_SEARCH_CRITERION_FIELD_VALUES: set[LanguageSearchCriterionField] = {
    "iso_639_1",
    "name",
}


def check_language_search_criterion_field(value: str) -> LanguageSearchCriterionField:
    if value in LANGUAGE_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LANGUAGE_SEARCH_CRITERION_FIELD_VALUES!r}")
