from typing import Literal

BankPaymentTypeReadType3Type1 = Literal["iban", "qr"]

BANK_PAYMENT_TYPE_READ_TYPE_3_TYPE_1_VALUES: set[BankPaymentTypeReadType3Type1] = {
    "iban",
    "qr",
}


def check_bank_payment_type_read_type_3_type_1(value: str) -> BankPaymentTypeReadType3Type1:
    if value in BANK_PAYMENT_TYPE_READ_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_TYPE_READ_TYPE_3_TYPE_1_VALUES!r}")
