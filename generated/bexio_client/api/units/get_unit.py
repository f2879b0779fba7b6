"""GET /2.0/unit/{unit_id} (getUnit): Fetch a unit"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.unit import Unit


def _get_kwargs(
    unit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/unit/{unit_id}".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Unit:
    response_200 = Unit.from_dict(data)

    return response_200


OPERATION = Operation(
    "getUnit",
    {
        200: ("json", _parse_200),
    },
)
