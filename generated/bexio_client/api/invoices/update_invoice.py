"""POST /2.0/kb_invoice/{invoice_id} (updateInvoice): Edit an invoice"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.invoice import Invoice
from ...models.invoice_edit import InvoiceEdit
from ...types import UNSET, Unset


def _get_kwargs(
    invoice_id: int,
    *,
    body: InvoiceEdit | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_invoice/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, InvoiceEdit)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Invoice:
    response_200 = Invoice.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateInvoice",
    {
        200: ("json", _parse_200),
    },
)
