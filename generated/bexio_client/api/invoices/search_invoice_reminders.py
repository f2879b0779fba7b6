"""POST /2.0/kb_invoice/{invoice_id}/kb_reminder/search (searchInvoiceReminders): Search invoice reminders"""

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.invoice_reminder import InvoiceReminder
from ...models.invoice_reminder_search_criterion import InvoiceReminderSearchCriterion


def _get_kwargs(
    invoice_id: int,
    *,
    body: Sequence[InvoiceReminderSearchCriterion | Mapping[str, Any]],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_invoice/{invoice_id}/kb_reminder/search".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    body = [as_model(item, InvoiceReminderSearchCriterion) for item in body]
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> list[InvoiceReminder]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = InvoiceReminder.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "searchInvoiceReminders",
    {
        200: ("json", _parse_200),
    },
)
