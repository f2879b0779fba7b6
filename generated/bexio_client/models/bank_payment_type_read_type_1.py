from typing import Literal

BankPaymentTypeReadType1 = Literal["iban", "qr"]

BANK_PAYMENT_TYPE_READ_TYPE_1_VALUES: set[BankPaymentTypeReadType1] = {
    "iban",
    "qr",
}


def check_bank_payment_type_read_type_1(value: str) -> BankPaymentTypeReadType1:
    if value in BANK_PAYMENT_TYPE_READ_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_TYPE_READ_TYPE_1_VALUES!r}")
