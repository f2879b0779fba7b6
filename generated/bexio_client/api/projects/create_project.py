"""POST /2.0/pr_project (createProject): Create project"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.project import Project
from ...models.project_create import ProjectCreate


def _get_kwargs(
    *,
    body: ProjectCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/pr_project",
    }

    body = as_model(body, ProjectCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Project:
    response_201 = Project.from_dict(data)

    return response_201


OPERATION = Operation(
    "createProject",
    {
        201: ("json", _parse_201),
    },
)
