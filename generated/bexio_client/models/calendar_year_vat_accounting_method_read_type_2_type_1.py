from typing import Literal

CalendarYearVatAccountingMethodReadType2Type1 = Literal["effective", "net_tax"]

CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_2_TYPE_1_VALUES: set[CalendarYearVatAccountingMethodReadType2Type1] = {
    "effective",
    "net_tax",
}


def check_calendar_year_vat_accounting_method_read_type_2_type_1(
    value: str,
) -> CalendarYearVatAccountingMethodReadType2Type1:
    if value in CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_2_TYPE_1_VALUES!r}"
    )
