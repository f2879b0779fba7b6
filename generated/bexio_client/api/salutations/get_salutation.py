"""GET /2.0/salutation/{salutation_id} (getSalutation): Fetch a salutation"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.salutation import Salutation


def _get_kwargs(
    salutation_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/salutation/{salutation_id}".format(
            salutation_id=quote(str(salutation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Salutation:
    response_200 = Salutation.from_dict(data)

    return response_200


OPERATION = Operation(
    "getSalutation",
    {
        200: ("json", _parse_200),
    },
)
