from typing import Literal

ContactRelationSearchCriterionField = Literal["contact_id", "contact_sub_id", "updated_at"]

CONTACT_RELATION_SEARCH_CRITERION_FIELD_VALUES: set[ContactRelationSearchCriterionField] = {
    "contact_id",
    "contact_sub_id",
    "updated_at",
}


def check_contact_relation_search_criterion_field(value: str) -> ContactRelationSearchCriterionField:
    if value in CONTACT_RELATION_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_RELATION_SEARCH_CRITERION_FIELD_VALUES!r}")
