"""POST /2.0/unit (createUnit): Create unit"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.unit import Unit
from ...models.unit_create import UnitCreate


def _get_kwargs(
    *,
    body: UnitCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/unit",
    }

    body = as_model(body, UnitCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Unit:
    response_201 = Unit.from_dict(data)

    return response_201


OPERATION = Operation(
    "createUnit",
    {
        201: ("json", _parse_201),
    },
)
