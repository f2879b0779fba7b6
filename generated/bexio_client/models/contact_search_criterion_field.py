from typing import Literal

ContactSearchCriterionField = Literal[
    "address",
    "city",
    "contact_group_ids",
    "contact_type_id",
    "country_id",
    "fax",
    "id",
    "mail",
    "mail_second",
    "name_1",
    "name_2",
    "nr",
    "phone_fixed",
    "phone_mobile",
    "postcode",
    "updated_at",
    "user_id",
]

CONTACT_SEARCH_CRITERION_FIELD_VALUES: set[ContactSearchCriterionField] = {
    "address",
    "city",
    "contact_group_ids",
    "contact_type_id",
    "country_id",
    "fax",
    "id",
    "mail",
    "mail_second",
    "name_1",
    "name_2",
    "nr",
    "phone_fixed",
    "phone_mobile",
    "postcode",
    "updated_at",
    "user_id",
}


def check_contact_search_criterion_field(value: str) -> ContactSearchCriterionField:
    if value in CONTACT_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_SEARCH_CRITERION_FIELD_VALUES!r}")
