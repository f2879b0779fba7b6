from typing import Literal

BankPaymentStatusType2Type1 = Literal["cancelled", "downloaded", "error", "open", "transferred"]

BANK_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES: set[BankPaymentStatusType2Type1] = {
    "cancelled",
    "downloaded",
    "error",
    "open",
    "transferred",
}


def check_bank_payment_status_type_2_type_1(value: str) -> BankPaymentStatusType2Type1:
    if value in BANK_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_STATUS_TYPE_2_TYPE_1_VALUES!r}")
