from typing import Literal

BankPaymentType = Literal["iban", "qr"]

BANK_PAYMENT_TYPE_VALUES: set[BankPaymentType] = {
    "iban",
    "qr",
}


def check_bank_payment_type(value: str) -> BankPaymentType:
    if value in BANK_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_TYPE_VALUES!r}")
