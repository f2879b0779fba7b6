from typing import Literal

CalendarYearVatAccountingMethodRead = Literal["effective", "net_tax"]

CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_VALUES: set[CalendarYearVatAccountingMethodRead] = {
    "effective",
    "net_tax",
}


def check_calendar_year_vat_accounting_method_read(value: str) -> CalendarYearVatAccountingMethodRead:
    if value in CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_VALUES!r}")
