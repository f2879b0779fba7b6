"""GET /3.0/users/{user_id} (getUser): Fetch a user"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.user import User


def _get_kwargs(
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> User:
    response_200 = User.from_dict(data)

    return response_200


OPERATION = Operation(
    "getUser",
    {
        200: ("json", _parse_200),
    },
)
