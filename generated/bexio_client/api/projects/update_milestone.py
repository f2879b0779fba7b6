"""POST /3.0/projects/{project_id}/milestones/{milestone_id} (updateMilestone): Edit a milestone"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.milestone import Milestone
from ...models.milestone_create import MilestoneCreate
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: int,
    milestone_id: int,
    *,
    body: MilestoneCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/projects/{project_id}/milestones/{milestone_id}".format(
            project_id=quote(str(project_id), safe=""),
            milestone_id=quote(str(milestone_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, MilestoneCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Milestone:
    response_200 = Milestone.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateMilestone",
    {
        200: ("json", _parse_200),
    },
)
