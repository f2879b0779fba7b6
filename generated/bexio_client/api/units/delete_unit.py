"""DELETE /2.0/unit/{unit_id} (deleteUnit): Delete a unit"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    unit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2.0/unit/{unit_id}".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteUnit",
    {
        200: ("json", _parse_200),
    },
)
