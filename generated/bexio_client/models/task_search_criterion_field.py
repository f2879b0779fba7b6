from typing import Literal

TaskSearchCriterionField = Literal[
    "contact_id", "entry_id", "module_id", "subject", "todo_status_id", "updated_at", "user_id"
]

TASK_SEARCH_CRITERION_FIELD_VALUES: set[TaskSearchCriterionField] = {
    "contact_id",
    "entry_id",
    "module_id",
    "subject",
    "todo_status_id",
    "updated_at",
    "user_id",
}


def check_task_search_criterion_field(value: str) -> TaskSearchCriterionField:
    if value in TASK_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_SEARCH_CRITERION_FIELD_VALUES!r}")
