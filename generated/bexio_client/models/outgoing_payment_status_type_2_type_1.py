from typing import Literal

OutgoingPaymentStatusType2Type1 = Literal["DISCOUNTED", "DOWNLOADED", "ERROR", "PAID", "PENDING", "TRANSFERRED"]

OUTGOING_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES: set[OutgoingPaymentStatusType2Type1] = {
    "DISCOUNTED",
    "DOWNLOADED",
    "ERROR",
    "PAID",
    "PENDING",
    "TRANSFERRED",
}


def check_outgoing_payment_status_type_2_type_1(value: str) -> OutgoingPaymentStatusType2Type1:
    if value in OUTGOING_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES!r}")
