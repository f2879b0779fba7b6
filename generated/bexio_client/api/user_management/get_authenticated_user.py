"""GET /3.0/users/me (getAuthenticatedUser): Fetch the authenticated user"""

from typing import Any

from ..._resource import Operation
from ...models.user import User


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/users/me",
    }

    return _kwargs


def _parse_200(data: Any) -> User:
    response_200 = User.from_dict(data)

    return response_200


OPERATION = Operation(
    "getAuthenticatedUser",
    {
        200: ("json", _parse_200),
    },
)
