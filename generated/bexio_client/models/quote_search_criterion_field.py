from typing import Literal

QuoteSearchCriterionField = Literal[
    "contact_id",
    "contact_sub_id",
    "currency_id",
    "document_nr",
    "id",
    "is_valid_from",
    "is_valid_to",
    "is_valid_until",
    "kb_item_status_id",
    "title",
    "total",
    "total_gross",
    "total_net",
    "updated_at",
    "user_id",
]

QUOTE_SEARCH_CRITERION_FIELD_VALUES: set[QuoteSearchCriterionField] = {
    "contact_id",
    "contact_sub_id",
    "currency_id",
    "document_nr",
    "id",
    "is_valid_from",
    "is_valid_to",
    "is_valid_until",
    "kb_item_status_id",
    "title",
    "total",
    "total_gross",
    "total_net",
    "updated_at",
    "user_id",
}


def check_quote_search_criterion_field(value: str) -> QuoteSearchCriterionField:
    if value in QUOTE_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_SEARCH_CRITERION_FIELD_VALUES!r}")
