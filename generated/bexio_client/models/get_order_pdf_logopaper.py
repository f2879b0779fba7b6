from typing import Literal

GetOrderPdfLogopaper = Literal[0, 1]

GET_ORDER_PDF_LOGOPAPER_VALUES: set[GetOrderPdfLogopaper] = {
    0,
    1,
}


def check_get_order_pdf_logopaper(value: int) -> GetOrderPdfLogopaper:
    if value in GET_ORDER_PDF_LOGOPAPER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ORDER_PDF_LOGOPAPER_VALUES!r}")
