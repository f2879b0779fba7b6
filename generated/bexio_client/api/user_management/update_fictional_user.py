"""PATCH /3.0/fictional_users/{fictional_user_id} (updateFictionalUser): Update a fictional User"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.fictional_user import FictionalUser
from ...models.fictional_user_create import FictionalUserCreate


def _get_kwargs(
    fictional_user_id: int,
    *,
    body: FictionalUserCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/3.0/fictional_users/{fictional_user_id}".format(
            fictional_user_id=quote(str(fictional_user_id), safe=""),
        ),
    }

    body = as_model(body, FictionalUserCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> FictionalUser:
    response_200 = FictionalUser.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateFictionalUser",
    {
        200: ("json", _parse_200),
    },
)
