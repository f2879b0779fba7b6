"""POST /2.0/task/{task_id} (updateTask): Edit a task"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.task import Task
from ...models.task_create import TaskCreate
from ...types import UNSET, Unset


def _get_kwargs(
    task_id: int,
    *,
    body: TaskCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/task/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, TaskCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Task:
    response_200 = Task.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateTask",
    {
        200: ("json", _parse_200),
    },
)
