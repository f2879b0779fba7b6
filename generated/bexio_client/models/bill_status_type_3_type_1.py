from typing import Literal

BillStatusType3Type1 = Literal[
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

BILL_STATUS_TYPE_3_TYPE_1_VALUES: set[BillStatusType3Type1] = {
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


def check_bill_status_type_3_type_1(value: str) -> BillStatusType3Type1:
    if value in BILL_STATUS_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_STATUS_TYPE_3_TYPE_1_VALUES!r}")
