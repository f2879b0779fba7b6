from typing import Literal

InvoiceMwstType = Literal[0, 1, 2]

INVOICE_MWST_TYPE_VALUES: set[InvoiceMwstType] = {
    0,
    1,
    2,
}


def check_invoice_mwst_type(value: int) -> InvoiceMwstType:
    if value in INVOICE_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_MWST_TYPE_VALUES!r}")
