from typing import Literal

CalendarYearVatAccountingTypeReadType2Type1 = Literal["agreed", "collected"]

CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_2_TYPE_1_VALUES: set[CalendarYearVatAccountingTypeReadType2Type1] = {
    "agreed",
    "collected",
}


def check_calendar_year_vat_accounting_type_read_type_2_type_1(
    value: str,
) -> CalendarYearVatAccountingTypeReadType2Type1:
    if value in CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALENDAR_YEAR_VAT_ACCOUNTING_TYPE_READ_TYPE_2_TYPE_1_VALUES!r}"
    )
