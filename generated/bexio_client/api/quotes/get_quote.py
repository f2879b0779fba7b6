"""GET /2.0/kb_offer/{quote_id} (getQuote): Fetch a quote"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.quote import Quote


def _get_kwargs(
    quote_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_offer/{quote_id}".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Quote:
    response_200 = Quote.from_dict(data)

    return response_200


OPERATION = Operation(
    "getQuote",
    {
        200: ("json", _parse_200),
    },
)
