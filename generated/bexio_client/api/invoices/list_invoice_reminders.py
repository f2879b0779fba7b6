"""GET /2.0/kb_invoice/{invoice_id}/kb_reminder (listInvoiceReminders): Fetch a list of reminders"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.invoice_reminder import InvoiceReminder


def _get_kwargs(
    invoice_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_invoice/{invoice_id}/kb_reminder".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> list[InvoiceReminder]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = InvoiceReminder.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listInvoiceReminders",
    {
        200: ("json", _parse_200),
    },
)
