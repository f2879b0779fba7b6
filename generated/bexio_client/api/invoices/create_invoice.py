"""POST /2.0/kb_invoice (createInvoice): Create invoice"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.invoice import Invoice
from ...models.invoice_create import InvoiceCreate


def _get_kwargs(
    *,
    body: InvoiceCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_invoice",
    }

    body = as_model(body, InvoiceCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Invoice:
    response_201 = Invoice.from_dict(data)

    return response_201


OPERATION = Operation(
    "createInvoice",
    {
        201: ("json", _parse_201),
    },
)
