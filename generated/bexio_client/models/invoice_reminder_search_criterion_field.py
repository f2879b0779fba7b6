from typing import Literal

InvoiceReminderSearchCriterionField = Literal["is_sent", "is_valid_from", "is_valid_to", "reminder_level", "title"]

INVOICE_REMINDER_SEARCH_CRITERION_FIELD_VALUES: set[InvoiceReminderSearchCriterionField] = {
    "is_sent",
    "is_valid_from",
    "is_valid_to",
    "reminder_level",
    "title",
}


def check_invoice_reminder_search_criterion_field(value: str) -> InvoiceReminderSearchCriterionField:
    if value in INVOICE_REMINDER_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_REMINDER_SEARCH_CRITERION_FIELD_VALUES!r}")
