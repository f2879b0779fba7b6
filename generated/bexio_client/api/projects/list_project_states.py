"""GET /2.0/pr_project_state (listProjectStates): Project status"""

from typing import Any

from ..._resource import Operation
from ...models.project_state import ProjectState


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/pr_project_state",
    }

    return _kwargs


def _parse_200(data: Any) -> list[ProjectState]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = ProjectState.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listProjectStates",
    {
        200: ("json", _parse_200),
    },
)
