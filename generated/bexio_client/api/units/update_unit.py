"""POST /2.0/unit/{unit_id} (updateUnit): Edit a unit"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.unit import Unit
from ...models.unit_create import UnitCreate
from ...types import UNSET, Unset


def _get_kwargs(
    unit_id: int,
    *,
    body: UnitCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/unit/{unit_id}".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, UnitCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Unit:
    response_200 = Unit.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateUnit",
    {
        200: ("json", _parse_200),
    },
)
