from typing import Literal

BillPaymentCreateType = Literal["IBAN", "MANUAL", "QR"]

BILL_PAYMENT_CREATE_TYPE_VALUES: set[BillPaymentCreateType] = {
    "IBAN",
    "MANUAL",
    "QR",
}


def check_bill_payment_create_type(value: str) -> BillPaymentCreateType:
    if value in BILL_PAYMENT_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_PAYMENT_CREATE_TYPE_VALUES!r}")
