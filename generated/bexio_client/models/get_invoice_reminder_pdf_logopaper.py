from typing import Literal

GetInvoiceReminderPdfLogopaper = Literal[0, 1]

GET_INVOICE_REMINDER_PDF_LOGOPAPER_VALUES: set[GetInvoiceReminderPdfLogopaper] = {
    0,
    1,
}


def check_get_invoice_reminder_pdf_logopaper(value: int) -> GetInvoiceReminderPdfLogopaper:
    if value in GET_INVOICE_REMINDER_PDF_LOGOPAPER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_INVOICE_REMINDER_PDF_LOGOPAPER_VALUES!r}")
