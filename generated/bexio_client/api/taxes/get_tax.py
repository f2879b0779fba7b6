"""GET /3.0/taxes/{tax_id} (getTax): Fetch a tax"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.tax import Tax


def _get_kwargs(
    tax_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/taxes/{tax_id}".format(
            tax_id=quote(str(tax_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Tax:
    response_200 = Tax.from_dict(data)

    return response_200


OPERATION = Operation(
    "getTax",
    {
        200: ("json", _parse_200),
    },
)
