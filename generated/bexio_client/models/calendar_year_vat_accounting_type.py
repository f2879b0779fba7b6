from typing import Literal

CalendarYearVatAccountingType = Literal["agreed", "collected"]

CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_VALUES: set[CalendarYearVatAccountingType] = {
    "agreed",
    "collected",
}


def check_calendar_year_vat_accounting_type(value: str) -> CalendarYearVatAccountingType:
    if value in CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_VALUES!r}")
