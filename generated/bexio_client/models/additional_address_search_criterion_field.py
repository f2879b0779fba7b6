from typing import Literal

AdditionalAddressSearchCriterionField = Literal["address", "city", "country_id", "email", "name", "postcode", "subject"]

ADDITIONAL_ADDRESS_SEARCH_CRITERION_FIELD_VALUES: set[AdditionalAddressSearchCriterionField] = {
    "address",
    "city",
    "country_id",
    "email",
    "name",
    "postcode",
    "subject",
}


def check_additional_address_search_criterion_field(value: str) -> AdditionalAddressSearchCriterionField:
    if value in ADDITIONAL_ADDRESS_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDITIONAL_ADDRESS_SEARCH_CRITERION_FIELD_VALUES!r}")
