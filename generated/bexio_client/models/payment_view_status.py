from typing import Literal

PaymentViewStatus = Literal["cancelled", "downloaded", "failed", "open", "paid", "transmitted"]

PAYMENT_VIEW_STATUS_VALUES: set[PaymentViewStatus] = {
    "cancelled",
    "downloaded",
    "failed",
    "open",
    "paid",
    "transmitted",
}


def check_payment_view_status(value: str) -> PaymentViewStatus:
    if value in PAYMENT_VIEW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_VIEW_STATUS_VALUES!r}")
