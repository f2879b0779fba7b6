from typing import Literal

GetInvoicePdfLogopaper = Literal[0, 1]

GET_INVOICE_PDF_LOGOPAPER_VALUES: set[GetInvoicePdfLogopaper] = {
    0,
    1,
}


def check_get_invoice_pdf_logopaper(value: int) -> GetInvoicePdfLogopaper:
    if value in GET_INVOICE_PDF_LOGOPAPER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_INVOICE_PDF_LOGOPAPER_VALUES!r}")
