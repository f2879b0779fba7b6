"""POST /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/mark_as_unsent (markInvoiceReminderAsUnsent): Mark reminder as unsent"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    invoice_id: int,
    reminder_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/mark_as_unsent".format(
            invoice_id=quote(str(invoice_id), safe=""),
            reminder_id=quote(str(reminder_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "markInvoiceReminderAsUnsent",
    {
        200: ("json", _parse_200),
    },
)
