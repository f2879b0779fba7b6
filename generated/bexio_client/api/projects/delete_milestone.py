"""DELETE /3.0/projects/{project_id}/milestones/{milestone_id} (deleteMilestone): Delete a milestone"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    project_id: int,
    milestone_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/3.0/projects/{project_id}/milestones/{milestone_id}".format(
            project_id=quote(str(project_id), safe=""),
            milestone_id=quote(str(milestone_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteMilestone",
    {
        200: ("json", _parse_200),
    },
)
