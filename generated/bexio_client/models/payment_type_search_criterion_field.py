from typing import Literal

PaymentTypeSearchCriterionField = Literal["name"]

PAYMENT_TYPE_SEARCH_CRITERION_FIELD_VALUES: set[PaymentTypeSearchCriterionField] = {
    "name",
}


def check_payment_type_search_criterion_field(value: str) -> PaymentTypeSearchCriterionField:
    if value in PAYMENT_TYPE_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_TYPE_SEARCH_CRITERION_FIELD_VALUES!r}")
