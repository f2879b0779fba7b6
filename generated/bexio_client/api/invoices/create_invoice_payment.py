"""POST /2.0/kb_invoice/{invoice_id}/payment (createInvoicePayment): Create payment"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.invoice_payment import InvoicePayment
from ...models.invoice_payment_create import InvoicePaymentCreate


def _get_kwargs(
    invoice_id: int,
    *,
    body: InvoicePaymentCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_invoice/{invoice_id}/payment".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    body = as_model(body, InvoicePaymentCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> InvoicePayment:
    response_201 = InvoicePayment.from_dict(data)

    return response_201


OPERATION = Operation(
    "createInvoicePayment",
    {
        201: ("json", _parse_201),
    },
)
