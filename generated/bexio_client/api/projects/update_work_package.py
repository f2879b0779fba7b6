"""PATCH /3.0/projects/{project_id}/packages/{package_id} (updateWorkPackage): Edit a work package"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.work_package import WorkPackage
from ...models.work_package_create import WorkPackageCreate
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: int,
    package_id: int,
    *,
    body: WorkPackageCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/3.0/projects/{project_id}/packages/{package_id}".format(
            project_id=quote(str(project_id), safe=""),
            package_id=quote(str(package_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, WorkPackageCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> WorkPackage:
    response_200 = WorkPackage.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateWorkPackage",
    {
        200: ("json", _parse_200),
    },
)
