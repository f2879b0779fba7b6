from typing import Literal

ContactSectorSearchCriterionField = Literal["name"]

CONTACT_SECTOR_SEARCH_CRITERION_FIELD_VALUES: set[ContactSectorSearchCriterionField] = {
    "name",
}


def check_contact_sector_search_criterion_field(value: str) -> ContactSectorSearchCriterionField:
    if value in CONTACT_SECTOR_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_SECTOR_SEARCH_CRITERION_FIELD_VALUES!r}")
