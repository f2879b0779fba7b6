"""GET /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id} (getInvoiceReminder): Fetch a reminder"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.invoice_reminder import InvoiceReminder


def _get_kwargs(
    invoice_id: int,
    reminder_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
            reminder_id=quote(str(reminder_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> InvoiceReminder:
    response_200 = InvoiceReminder.from_dict(data)

    return response_200


OPERATION = Operation(
    "getInvoiceReminder",
    {
        200: ("json", _parse_200),
    },
)
