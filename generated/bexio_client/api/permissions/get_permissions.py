"""GET /3.0/permissions (getPermissions): Get access information of logged in user"""

from typing import Any

from ..._resource import Operation
from ...models.permissions import Permissions


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/permissions",
    }

    return _kwargs


def _parse_200(data: Any) -> Permissions:
    response_200 = Permissions.from_dict(data)

    return response_200


OPERATION = Operation(
    "getPermissions",
    {
        200: ("json", _parse_200),
    },
)
