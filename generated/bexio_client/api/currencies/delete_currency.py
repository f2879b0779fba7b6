"""DELETE /3.0/currencies/{currency_id} (deleteCurrency): Delete a currency"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    currency_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/3.0/currencies/{currency_id}".format(
            currency_id=quote(str(currency_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteCurrency",
    {
        200: ("json", _parse_200),
    },
)
