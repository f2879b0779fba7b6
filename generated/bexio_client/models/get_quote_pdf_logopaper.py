from typing import Literal

GetQuotePdfLogopaper = Literal[0, 1]

GET_QUOTE_PDF_LOGOPAPER_VALUES: set[GetQuotePdfLogopaper] = {
    0,
    1,
}


def check_get_quote_pdf_logopaper(value: int) -> GetQuotePdfLogopaper:
    if value in GET_QUOTE_PDF_LOGOPAPER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_QUOTE_PDF_LOGOPAPER_VALUES!r}")
