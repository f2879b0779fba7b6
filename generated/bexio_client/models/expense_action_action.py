from typing import Literal

ExpenseActionAction = Literal["DUPLICATE"]

EXPENSE_ACTION_ACTION_VALUES: set[ExpenseActionAction] = {
    "DUPLICATE",
}


def check_expense_action_action(value: str) -> ExpenseActionAction:
    if value in EXPENSE_ACTION_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPENSE_ACTION_ACTION_VALUES!r}")
