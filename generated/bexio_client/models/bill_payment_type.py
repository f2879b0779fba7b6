from typing import Literal

BillPaymentType = Literal["IBAN", "MANUAL", "QR"]

BILL_PAYMENT_TYPE_VALUES: set[BillPaymentType] = {
    "IBAN",
    "MANUAL",
    "QR",
}


def check_bill_payment_type(value: str) -> BillPaymentType:
    if value in BILL_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_PAYMENT_TYPE_VALUES!r}")
