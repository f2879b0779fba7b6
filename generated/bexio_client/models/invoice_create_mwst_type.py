from typing import Literal

InvoiceCreateMwstType = Literal[0, 1, 2]

INVOICE_CREATE_MWST_TYPE_VALUES: set[InvoiceCreateMwstType] = {
    0,
    1,
    2,
}


def check_invoice_create_mwst_type(value: int) -> InvoiceCreateMwstType:
    if value in INVOICE_CREATE_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_CREATE_MWST_TYPE_VALUES!r}")
