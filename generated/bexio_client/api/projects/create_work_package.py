"""POST /3.0/projects/{project_id}/packages (createWorkPackage): Create work package"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.work_package import WorkPackage
from ...models.work_package_create import WorkPackageCreate


def _get_kwargs(
    project_id: int,
    *,
    body: WorkPackageCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/projects/{project_id}/packages".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    body = as_model(body, WorkPackageCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> WorkPackage:
    response_201 = WorkPackage.from_dict(data)

    return response_201


OPERATION = Operation(
    "createWorkPackage",
    {
        201: ("json", _parse_201),
    },
)
