from typing import Literal

InvoiceEditMwstType = Literal[0, 1, 2]

INVOICE_EDIT_MWST_TYPE_VALUES: set[InvoiceEditMwstType] = {
    0,
    1,
    2,
}


def check_invoice_edit_mwst_type(value: int) -> InvoiceEditMwstType:
    if value in INVOICE_EDIT_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_EDIT_MWST_TYPE_VALUES!r}")
