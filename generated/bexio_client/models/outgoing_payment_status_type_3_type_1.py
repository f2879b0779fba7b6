from typing import Literal

OutgoingPaymentStatusType3Type1 = Literal["DISCOUNTED", "DOWNLOADED", "ERROR", "PAID", "PENDING", "TRANSFERRED"]

OUTGOING_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES: set[OutgoingPaymentStatusType3Type1] = {
    "DISCOUNTED",
    "DOWNLOADED",
    "ERROR",
    "PAID",
    "PENDING",
    "TRANSFERRED",
}


def check_outgoing_payment_status_type_3_type_1(value: str) -> OutgoingPaymentStatusType3Type1:
    if value in OUTGOING_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES!r}")
