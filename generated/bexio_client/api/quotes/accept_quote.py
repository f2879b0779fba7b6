"""POST /2.0/kb_offer/{quote_id}/accept (acceptQuote): Accept a quote"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    quote_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_offer/{quote_id}/accept".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "acceptQuote",
    {
        200: ("json", _parse_200),
    },
)
