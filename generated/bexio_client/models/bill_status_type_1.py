from typing import Literal

BillStatusType1 = Literal[
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

BILL_STATUS_TYPE_1_VALUES: set[BillStatusType1] = {
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


def check_bill_status_type_1(value: str) -> BillStatusType1:
    if value in BILL_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_STATUS_TYPE_1_VALUES!r}")
