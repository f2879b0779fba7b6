"""GET /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/pdf (getInvoiceReminderPdf): Show reminder PDF"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.get_invoice_reminder_pdf_logopaper import GetInvoiceReminderPdfLogopaper
from ...models.kb_document_pdf import KbDocumentPdf
from ...types import UNSET, Unset


def _get_kwargs(
    invoice_id: int,
    reminder_id: int,
    *,
    logopaper: GetInvoiceReminderPdfLogopaper | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_logopaper: int | Unset = UNSET
    if not isinstance(logopaper, Unset):
        json_logopaper = logopaper

    params["logopaper"] = json_logopaper

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/pdf".format(
            invoice_id=quote(str(invoice_id), safe=""),
            reminder_id=quote(str(reminder_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> KbDocumentPdf:
    response_200 = KbDocumentPdf.from_dict(data)

    return response_200


OPERATION = Operation(
    "getInvoiceReminderPdf",
    {
        200: ("json", _parse_200),
    },
)
