"""POST /2.0/pr_project/{project_id} (updateProject): Edit a project"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.project import Project
from ...models.project_create import ProjectCreate
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: int,
    *,
    body: ProjectCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/pr_project/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, ProjectCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Project:
    response_200 = Project.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateProject",
    {
        200: ("json", _parse_200),
    },
)
