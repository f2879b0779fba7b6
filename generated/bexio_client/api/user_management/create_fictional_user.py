"""POST /3.0/fictional_users (createFictionalUser): Create a fictional user"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.fictional_user import FictionalUser
from ...models.fictional_user_create import FictionalUserCreate


def _get_kwargs(
    *,
    body: FictionalUserCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/fictional_users",
    }

    body = as_model(body, FictionalUserCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> FictionalUser:
    response_201 = FictionalUser.from_dict(data)

    return response_201


OPERATION = Operation(
    "createFictionalUser",
    {
        201: ("json", _parse_201),
    },
)
