"""POST /2.0/salutation/{salutation_id} (updateSalutation): Edit a salutation"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.salutation import Salutation
from ...models.salutation_create import SalutationCreate
from ...types import UNSET, Unset


def _get_kwargs(
    salutation_id: int,
    *,
    body: SalutationCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/salutation/{salutation_id}".format(
            salutation_id=quote(str(salutation_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, SalutationCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Salutation:
    response_200 = Salutation.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateSalutation",
    {
        200: ("json", _parse_200),
    },
)
