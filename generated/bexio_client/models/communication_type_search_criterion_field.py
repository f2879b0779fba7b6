from typing import Literal

CommunicationTypeSearchCriterionField = Literal["name"]

COMMUNICATION_TYPE_SEARCH_CRITERION_FIELD_VALUES: set[CommunicationTypeSearchCriterionField] = {
    "name",
}


def check_communication_type_search_criterion_field(value: str) -> CommunicationTypeSearchCriterionField:
    if value in COMMUNICATION_TYPE_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMMUNICATION_TYPE_SEARCH_CRITERION_FIELD_VALUES!r}")
