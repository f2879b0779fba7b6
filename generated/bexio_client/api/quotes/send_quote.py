"""POST /2.0/kb_offer/{quote_id}/send (sendQuote): Send a quote"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.kb_document_send import KbDocumentSend
from ...models.success import Success
from ...types import UNSET, Unset


def _get_kwargs(
    quote_id: int,
    *,
    body: KbDocumentSend | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_offer/{quote_id}/send".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, KbDocumentSend)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "sendQuote",
    {
        200: ("json", _parse_200),
    },
)
