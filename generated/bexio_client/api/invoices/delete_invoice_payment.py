"""DELETE /2.0/kb_invoice/{invoice_id}/payment/{payment_id} (deleteInvoicePayment): Delete a payment"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    invoice_id: int,
    payment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2.0/kb_invoice/{invoice_id}/payment/{payment_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteInvoicePayment",
    {
        200: ("json", _parse_200),
    },
)
