from typing import Literal

CalendarYearVatAccountingMethod = Literal["effective", "net_tax"]

CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_VALUES: set[CalendarYearVatAccountingMethod] = {
    "effective",
    "net_tax",
}


def check_calendar_year_vat_accounting_method(value: str) -> CalendarYearVatAccountingMethod:
    if value in CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_VALUES!r}")
