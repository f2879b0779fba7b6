from typing import Literal

ContactGroupSearchCriterionField = Literal["name"]

CONTACT_GROUP_SEARCH_CRITERION_FIELD_VALUES: set[ContactGroupSearchCriterionField] = {
    "name",
}


def check_contact_group_search_criterion_field(value: str) -> ContactGroupSearchCriterionField:
    if value in CONTACT_GROUP_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_GROUP_SEARCH_CRITERION_FIELD_VALUES!r}")
