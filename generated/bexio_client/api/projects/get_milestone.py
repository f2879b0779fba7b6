"""GET /3.0/projects/{project_id}/milestones/{milestone_id} (getMilestone): Fetch a milestone"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.milestone import Milestone


def _get_kwargs(
    project_id: int,
    milestone_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/projects/{project_id}/milestones/{milestone_id}".format(
            project_id=quote(str(project_id), safe=""),
            milestone_id=quote(str(milestone_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Milestone:
    response_200 = Milestone.from_dict(data)

    return response_200


OPERATION = Operation(
    "getMilestone",
    {
        200: ("json", _parse_200),
    },
)
