"""POST /2.0/kb_invoice/{invoice_id}/kb_reminder (createInvoiceReminder): Create reminder"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.invoice_reminder import InvoiceReminder


def _get_kwargs(
    invoice_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_invoice/{invoice_id}/kb_reminder".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_201(data: Any) -> InvoiceReminder:
    response_201 = InvoiceReminder.from_dict(data)

    return response_201


OPERATION = Operation(
    "createInvoiceReminder",
    {
        201: ("json", _parse_201),
    },
)
