"""DELETE /3.0/fictional_users/{fictional_user_id} (deleteFictionalUser): Delete a fictional user"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    fictional_user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/3.0/fictional_users/{fictional_user_id}".format(
            fictional_user_id=quote(str(fictional_user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteFictionalUser",
    {
        200: ("json", _parse_200),
    },
)
