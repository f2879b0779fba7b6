from typing import Literal

ExpenseStatusType1 = Literal["DONE", "DRAFT"]

EXPENSE_STATUS_TYPE_1_VALUES: set[ExpenseStatusType1] = {
    "DONE",
    "DRAFT",
}


def check_expense_status_type_1(value: str) -> ExpenseStatusType1:
    if value in EXPENSE_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPENSE_STATUS_TYPE_1_VALUES!r}")
