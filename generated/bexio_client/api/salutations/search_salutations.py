"""POST /2.0/salutation/search (searchSalutations): Search salutations"""

from collections.abc import Mapping, Sequence
from typing import Any

from ..._resource import Operation, as_model
from ...models.salutation import Salutation
from ...models.salutation_search_criterion import SalutationSearchCriterion
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: Sequence[SalutationSearchCriterion | Mapping[str, Any]],
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/salutation/search",
        "params": params,
    }

    body = [as_model(item, SalutationSearchCriterion) for item in body]
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> list[Salutation]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Salutation.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "searchSalutations",
    {
        200: ("json", _parse_200),
    },
)
