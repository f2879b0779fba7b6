from typing import Literal

BillActionAction = Literal["DUPLICATE"]

BILL_ACTION_ACTION_VALUES: set[BillActionAction] = {
    "DUPLICATE",
}


def check_bill_action_action(value: str) -> BillActionAction:
    if value in BILL_ACTION_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_ACTION_ACTION_VALUES!r}")
