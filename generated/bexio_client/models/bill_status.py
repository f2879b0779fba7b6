from typing import Literal

BillStatus = Literal[
    "BOOKED",
    "CREATED",
    "DOWNLOADED",
    "DRAFT",
    "FAILED",
    "PAID",
    "PARTIALLY_CREATED",
    "PARTIALLY_DOWNLOADED",
    "PARTIALLY_FAILED",
    "PARTIALLY_PAID",
    "PARTIALLY_SENT",
    "SENT",
]

BILL_STATUS_VALUES: set[BillStatus] = {
    "BOOKED",
    "CREATED",
    "DOWNLOADED",
    "DRAFT",
    "FAILED",
    "PAID",
    "PARTIALLY_CREATED",
    "PARTIALLY_DOWNLOADED",
    "PARTIALLY_FAILED",
    "PARTIALLY_PAID",
    "PARTIALLY_SENT",
    "SENT",
}


def check_bill_status(value: str) -> BillStatus:
    if value in BILL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_STATUS_VALUES!r}")
