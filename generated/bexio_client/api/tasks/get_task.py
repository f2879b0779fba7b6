"""GET /2.0/task/{task_id} (getTask): Fetch a task"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.task import Task


def _get_kwargs(
    task_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/task/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Task:
    response_200 = Task.from_dict(data)

    return response_200


OPERATION = Operation(
    "getTask",
    {
        200: ("json", _parse_200),
    },
)
