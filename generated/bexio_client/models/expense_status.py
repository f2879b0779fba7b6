from typing import Literal

ExpenseStatus = Literal["DONE", "DRAFT"]

EXPENSE_STATUS_VALUES: set[ExpenseStatus] = {
    "DONE",
    "DRAFT",
}


def check_expense_status(value: str) -> ExpenseStatus:
    if value in EXPENSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPENSE_STATUS_VALUES!r}")
