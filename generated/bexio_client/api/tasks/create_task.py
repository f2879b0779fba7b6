"""POST /2.0/task (createTask): Create task"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.task import Task
from ...models.task_create import TaskCreate


def _get_kwargs(
    *,
    body: TaskCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/task",
    }

    body = as_model(body, TaskCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Task:
    response_201 = Task.from_dict(data)

    return response_201


OPERATION = Operation(
    "createTask",
    {
        201: ("json", _parse_201),
    },
)
