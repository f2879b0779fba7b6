from typing import Literal

BillPaymentType0Type = Literal["IBAN", "MANUAL", "QR"]

BILL_PAYMENT_TYPE_0_TYPE_VALUES: set[BillPaymentType0Type] = {
    "IBAN",
    "MANUAL",
    "QR",
}


def check_bill_payment_type_0_type(value: str) -> BillPaymentType0Type:
    if value in BILL_PAYMENT_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_PAYMENT_TYPE_0_TYPE_VALUES!r}")
