"""DELETE /3.0/taxes/{tax_id} (deleteTax): Delete a tax"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    tax_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/3.0/taxes/{tax_id}".format(
            tax_id=quote(str(tax_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteTax",
    {
        200: ("json", _parse_200),
    },
)
