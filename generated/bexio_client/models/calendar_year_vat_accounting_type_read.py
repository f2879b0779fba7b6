from typing import Literal

CalendarYearVatAccountingTypeRead = Literal["agreed", "collected"]

CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_VALUES: set[CalendarYearVatAccountingTypeRead] = {
    "agreed",
    "collected",
}


def check_calendar_year_vat_accounting_type_read(value: str) -> CalendarYearVatAccountingTypeRead:
    if value in CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_VALUES!r}")
