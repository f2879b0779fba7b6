"""GET /2.0/kb_offer/{quote_id}/pdf (getQuotePdf): Show PDF"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.get_quote_pdf_logopaper import GetQuotePdfLogopaper
from ...models.kb_document_pdf import KbDocumentPdf
from ...types import UNSET, Unset


def _get_kwargs(
    quote_id: int,
    *,
    logopaper: GetQuotePdfLogopaper | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_logopaper: int | Unset = UNSET
    if not isinstance(logopaper, Unset):
        json_logopaper = logopaper

    params["logopaper"] = json_logopaper

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_offer/{quote_id}/pdf".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> KbDocumentPdf:
    response_200 = KbDocumentPdf.from_dict(data)

    return response_200


OPERATION = Operation(
    "getQuotePdf",
    {
        200: ("json", _parse_200),
    },
)
