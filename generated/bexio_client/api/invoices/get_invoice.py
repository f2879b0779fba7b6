"""GET /2.0/kb_invoice/{invoice_id} (getInvoice): Fetch an invoice"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.invoice import Invoice


def _get_kwargs(
    invoice_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_invoice/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Invoice:
    response_200 = Invoice.from_dict(data)

    return response_200


OPERATION = Operation(
    "getInvoice",
    {
        200: ("json", _parse_200),
    },
)
