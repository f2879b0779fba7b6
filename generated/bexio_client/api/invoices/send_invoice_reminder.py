"""POST /2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/send (sendInvoiceReminder): Send a reminder"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.invoice_reminder_send import InvoiceReminderSend
from ...models.success import Success
from ...types import UNSET, Unset


def _get_kwargs(
    invoice_id: int,
    reminder_id: int,
    *,
    body: InvoiceReminderSend | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_invoice/{invoice_id}/kb_reminder/{reminder_id}/send".format(
            invoice_id=quote(str(invoice_id), safe=""),
            reminder_id=quote(str(reminder_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, InvoiceReminderSend)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "sendInvoiceReminder",
    {
        200: ("json", _parse_200),
    },
)
