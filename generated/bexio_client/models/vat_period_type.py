from typing import Literal

VatPeriodType = Literal["annual", "quarter", "semester"]

VAT_PERIOD_TYPE_VALUES: set[VatPeriodType] = {
    "annual",
    "quarter",
    "semester",
}


def check_vat_period_type(value: str) -> VatPeriodType:
    if value in VAT_PERIOD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VAT_PERIOD_TYPE_VALUES!r}")
