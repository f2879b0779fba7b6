"""GET /3.0/projects/{project_id}/milestones (listMilestones): Fetch a list of milestones"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.milestone import Milestone
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: int,
    *,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/projects/{project_id}/milestones".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[Milestone]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Milestone.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listMilestones",
    {
        200: ("json", _parse_200),
    },
)
