from typing import Literal

UpdateBillStatusStatus = Literal["BOOKED", "DRAFT"]

UPDATE_BILL_STATUS_STATUS_VALUES: set[UpdateBillStatusStatus] = {
    "BOOKED",
    "DRAFT",
}


def check_update_bill_status_status(value: str) -> UpdateBillStatusStatus:
    if value in UPDATE_BILL_STATUS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_BILL_STATUS_STATUS_VALUES!r}")
