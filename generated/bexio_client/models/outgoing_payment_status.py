from typing import Literal

OutgoingPaymentStatus = Literal["DISCOUNTED", "DOWNLOADED", "ERROR", "PAID", "PENDING", "TRANSFERRED"]

OUTGOING_PAYMENT_STATUS_VALUES: set[OutgoingPaymentStatus] = {
    "DISCOUNTED",
    "DOWNLOADED",
    "ERROR",
    "PAID",
    "PENDING",
    "TRANSFERRED",
}


def check_outgoing_payment_status(value: str) -> OutgoingPaymentStatus:
    if value in OUTGOING_PAYMENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_STATUS_VALUES!r}")
