from typing import Literal

BankPaymentStatus = Literal["cancelled", "downloaded", "error", "open", "transferred"]

BANK_PAYMENT_STATUS_VALUES: set[BankPaymentStatus] = {
    "cancelled",
    "downloaded",
    "error",
    "open",
    "transferred",
}


def check_bank_payment_status(value: str) -> BankPaymentStatus:
    if value in BANK_PAYMENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_STATUS_VALUES!r}")
