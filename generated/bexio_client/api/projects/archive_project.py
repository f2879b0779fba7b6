"""POST /2.0/pr_project/{project_id}/archive (archiveProject): Archive a project"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    project_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/pr_project/{project_id}/archive".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "archiveProject",
    {
        200: ("json", _parse_200),
    },
)
