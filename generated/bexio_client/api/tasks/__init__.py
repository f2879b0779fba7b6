"""Tasks: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_task,
    delete_task,
    get_task,
    list_task_priorities,
    list_task_statuses,
    list_tasks,
    search_tasks,
    update_task,
)


class TasksResource(Resource):
    """Tasks operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_tasks)
    create = Operation(create_task)
    search = Operation(search_tasks)
    get = Operation(get_task)
    update = Operation(update_task)
    delete = Operation(delete_task)
    list_task_priorities = Operation(list_task_priorities)
    list_task_statuses = Operation(list_task_statuses)
