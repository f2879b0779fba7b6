"""POST /2.0/title (createTitle): Create title"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.title import Title
from ...models.title_create import TitleCreate


def _get_kwargs(
    *,
    body: TitleCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/title",
    }

    body = as_model(body, TitleCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Title:
    response_201 = Title.from_dict(data)

    return response_201


OPERATION = Operation(
    "createTitle",
    {
        201: ("json", _parse_201),
    },
)
