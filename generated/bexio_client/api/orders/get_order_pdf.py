"""GET /2.0/kb_order/{order_id}/pdf (getOrderPdf): Show PDF"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.get_order_pdf_logopaper import GetOrderPdfLogopaper
from ...models.kb_document_pdf import KbDocumentPdf
from ...types import UNSET, Unset


def _get_kwargs(
    order_id: int,
    *,
    logopaper: GetOrderPdfLogopaper | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_logopaper: int | Unset = UNSET
    if not isinstance(logopaper, Unset):
        json_logopaper = logopaper

    params["logopaper"] = json_logopaper

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_order/{order_id}/pdf".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> KbDocumentPdf:
    response_200 = KbDocumentPdf.from_dict(data)

    return response_200


OPERATION = Operation(
    "getOrderPdf",
    {
        200: ("json", _parse_200),
    },
)
