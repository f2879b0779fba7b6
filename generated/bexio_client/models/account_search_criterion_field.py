from typing import Literal

AccountSearchCriterionField = Literal["account_no", "account_type", "fibu_account_group_id", "name"]

ACCOUNT_SEARCH_CRITERION_FIELD_VALUES: set[AccountSearchCriterionField] = {
    "account_no",
    "account_type",
    "fibu_account_group_id",
    "name",
}


def check_account_search_criterion_field(value: str) -> AccountSearchCriterionField:
    if value in ACCOUNT_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_SEARCH_CRITERION_FIELD_VALUES!r}")
