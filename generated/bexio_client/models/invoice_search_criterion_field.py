from typing import Literal

InvoiceSearchCriterionField = Literal[
    "api_reference",
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

INVOICE_SEARCH_CRITERION_FIELD_VALUES: set[InvoiceSearchCriterionField] = {
    "api_reference",
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


def check_invoice_search_criterion_field(value: str) -> InvoiceSearchCriterionField:
    if value in INVOICE_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_SEARCH_CRITERION_FIELD_VALUES!r}")
