"""POST /2.0/communication_kind/search (searchCommunicationTypes): Search communication types"""

from collections.abc import Mapping, Sequence
from typing import Any

from ..._resource import Operation, as_model
from ...models.communication_type import CommunicationType
from ...models.communication_type_search_criterion import CommunicationTypeSearchCriterion
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: Sequence[CommunicationTypeSearchCriterion | Mapping[str, Any]],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["order_by"] = order_by

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/communication_kind/search",
        "params": params,
    }

    body = [as_model(item, CommunicationTypeSearchCriterion) for item in body]
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> list[CommunicationType]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = CommunicationType.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "searchCommunicationTypes",
    {
        200: ("json", _parse_200),
    },
)
