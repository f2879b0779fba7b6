"""GET /3.0/projects/{project_id}/packages/{package_id} (getWorkPackage): Fetch a work package"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.work_package import WorkPackage


def _get_kwargs(
    project_id: int,
    package_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/projects/{project_id}/packages/{package_id}".format(
            project_id=quote(str(project_id), safe=""),
            package_id=quote(str(package_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> WorkPackage:
    response_200 = WorkPackage.from_dict(data)

    return response_200


OPERATION = Operation(
    "getWorkPackage",
    {
        200: ("json", _parse_200),
    },
)
