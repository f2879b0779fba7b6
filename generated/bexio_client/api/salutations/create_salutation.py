"""POST /2.0/salutation (createSalutation): Create salutation"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.salutation import Salutation
from ...models.salutation_create import SalutationCreate


def _get_kwargs(
    *,
    body: SalutationCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/salutation",
    }

    body = as_model(body, SalutationCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Salutation:
    response_201 = Salutation.from_dict(data)

    return response_201


OPERATION = Operation(
    "createSalutation",
    {
        201: ("json", _parse_201),
    },
)
