"""GET /2.0/pr_project/{project_id} (getProject): Fetch a project"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.project import Project


def _get_kwargs(
    project_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/pr_project/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Project:
    response_200 = Project.from_dict(data)

    return response_200


OPERATION = Operation(
    "getProject",
    {
        200: ("json", _parse_200),
    },
)
