from typing import Literal

CalendarYearVatAccountingMethodReadType3Type1 = Literal["effective", "net_tax"]

CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_3_TYPE_1_VALUES: set[CalendarYearVatAccountingMethodReadType3Type1] = {
    "effective",
    "net_tax",
}


def check_calendar_year_vat_accounting_method_read_type_3_type_1(
    value: str,
) -> CalendarYearVatAccountingMethodReadType3Type1:
    if value in CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALENDAR_YEAR_VAT_ACCOUNTING_METHOD_READ_TYPE_3_TYPE_1_VALUES!r}"
    )
