from typing import Literal

OrderSearchCriterionField = Literal[
    "contact_id",
    "contact_sub_id",
    "currency_id",
    "document_nr",
    "id",
    "is_valid_from",
    "is_valid_to",
    "kb_item_status_id",
    "title",
    "total",
    "total_gross",
    "total_net",
    "updated_at",
    "user_id",
]

ORDER_SEARCH_CRITERION_FIELD_VALUES: set[OrderSearchCriterionField] = {
    "contact_id",
    "contact_sub_id",
    "currency_id",
    "document_nr",
    "id",
    "is_valid_from",
    "is_valid_to",
    "kb_item_status_id",
    "title",
    "total",
    "total_gross",
    "total_net",
    "updated_at",
    "user_id",
}


def check_order_search_criterion_field(value: str) -> OrderSearchCriterionField:
    if value in ORDER_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_SEARCH_CRITERION_FIELD_VALUES!r}")
