"""POST /2.0/client_service (createBusinessActivity): Create business activity"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.business_activity import BusinessActivity
from ...models.business_activity_create import BusinessActivityCreate


def _get_kwargs(
    *,
    body: BusinessActivityCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/client_service",
    }

    body = as_model(body, BusinessActivityCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> BusinessActivity:
    response_201 = BusinessActivity.from_dict(data)

    return response_201


OPERATION = Operation(
    "createBusinessActivity",
    {
        201: ("json", _parse_201),
    },
)
