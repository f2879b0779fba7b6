from typing import Literal

ProjectSearchCriterionField = Literal["contact_id", "name", "pr_state_id"]

PROJECT_SEARCH_CRITERION_FIELD_VALUES: set[ProjectSearchCriterionField] = {
    "contact_id",
    "name",
    "pr_state_id",
}


def check_project_search_criterion_field(value: str) -> ProjectSearchCriterionField:
    if value in PROJECT_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_SEARCH_CRITERION_FIELD_VALUES!r}")
