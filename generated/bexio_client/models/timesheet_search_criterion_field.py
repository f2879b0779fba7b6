from typing import Literal

TimesheetSearchCriterionField = Literal[
    "client_service_id", "contact_id", "id", "pr_project_id", "status_id", "user_id"
]

TIMESHEET_SEARCH_CRITERION_FIELD_VALUES: set[TimesheetSearchCriterionField] = {
    "client_service_id",
    "contact_id",
    "id",
    "pr_project_id",
    "status_id",
    "user_id",
}


def check_timesheet_search_criterion_field(value: str) -> TimesheetSearchCriterionField:
    if value in TIMESHEET_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIMESHEET_SEARCH_CRITERION_FIELD_VALUES!r}")
