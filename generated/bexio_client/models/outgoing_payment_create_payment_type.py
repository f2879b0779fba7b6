from typing import Literal

OutgoingPaymentCreatePaymentType = Literal["CASH_DISCOUNT", "IBAN", "MANUAL", "QR"]

OUTGOING_PAYMENT_CREATE_PAYMENT_TYPE_VALUES: set[OutgoingPaymentCreatePaymentType] = {
    "CASH_DISCOUNT",
    "IBAN",
    "MANUAL",
    "QR",
}


def check_outgoing_payment_create_payment_type(value: str) -> OutgoingPaymentCreatePaymentType:
    if value in OUTGOING_PAYMENT_CREATE_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_CREATE_PAYMENT_TYPE_VALUES!r}")
