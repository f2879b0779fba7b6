from typing import Literal

BankPaymentStatusType3Type1 = Literal["cancelled", "downloaded", "error", "open", "transferred"]

BANK_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES: set[BankPaymentStatusType3Type1] = {
    "cancelled",
    "downloaded",
    "error",
    "open",
    "transferred",
}


def check_bank_payment_status_type_3_type_1(value: str) -> BankPaymentStatusType3Type1:
    if value in BANK_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_STATUS_TYPE_3_TYPE_1_VALUES!r}")
