from typing import Literal

OutgoingPaymentType = Literal["CASH_DISCOUNT", "IBAN", "MANUAL", "QR", "RECONCILED"]

OUTGOING_PAYMENT_TYPE_VALUES: set[OutgoingPaymentType] = {
    "CASH_DISCOUNT",
    "IBAN",
    "MANUAL",
    "QR",
    "RECONCILED",
}


def check_outgoing_payment_type(value: str) -> OutgoingPaymentType:
    if value in OUTGOING_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_TYPE_VALUES!r}")
