"""GET /3.0/fictional_users/{fictional_user_id} (getFictionalUser): Fetch a fictional User"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.fictional_user import FictionalUser


def _get_kwargs(
    fictional_user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/fictional_users/{fictional_user_id}".format(
            fictional_user_id=quote(str(fictional_user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> FictionalUser:
    response_200 = FictionalUser.from_dict(data)

    return response_200


OPERATION = Operation(
    "getFictionalUser",
    {
        200: ("json", _parse_200),
    },
)
