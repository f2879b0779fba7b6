from typing import Literal

BillStatusType2Type1 = Literal[
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

BILL_STATUS_TYPE_2_TYPE_1_VALUES: set[BillStatusType2Type1] = {
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


def check_bill_status_type_2_type_1(value: str) -> BillStatusType2Type1:
    if value in BILL_STATUS_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_STATUS_TYPE_2_TYPE_1_VALUES!r}")
