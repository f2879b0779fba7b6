"""POST /2.0/kb_offer (createQuote): Create quote"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.quote import Quote
from ...models.quote_create import QuoteCreate


def _get_kwargs(
    *,
    body: QuoteCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_offer",
    }

    body = as_model(body, QuoteCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Quote:
    response_201 = Quote.from_dict(data)

    return response_201


OPERATION = Operation(
    "createQuote",
    {
        201: ("json", _parse_201),
    },
)
