"""POST /3.0/projects/{project_id}/milestones (createMilestone): Create milestone"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.milestone import Milestone
from ...models.milestone_create import MilestoneCreate


def _get_kwargs(
    project_id: int,
    *,
    body: MilestoneCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/projects/{project_id}/milestones".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    body = as_model(body, MilestoneCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Milestone:
    response_201 = Milestone.from_dict(data)

    return response_201


OPERATION = Operation(
    "createMilestone",
    {
        201: ("json", _parse_201),
    },
)
