from typing import Literal

UpdateExpenseStatusStatus = Literal["DONE", "DRAFT"]

UPDATE_EXPENSE_STATUS_STATUS_VALUES: set[UpdateExpenseStatusStatus] = {
    "DONE",
    "DRAFT",
}


def check_update_expense_status_status(value: str) -> UpdateExpenseStatusStatus:
    if value in UPDATE_EXPENSE_STATUS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_EXPENSE_STATUS_STATUS_VALUES!r}")
