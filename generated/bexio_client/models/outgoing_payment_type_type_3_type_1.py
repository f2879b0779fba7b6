from typing import Literal

OutgoingPaymentTypeType3Type1 = Literal["CASH_DISCOUNT", "IBAN", "MANUAL", "QR", "RECONCILED"]

OUTGOING_PAYMENT_TYPE_TYPE_3_TYPE_1_VALUES: set[OutgoingPaymentTypeType3Type1] = {
    "CASH_DISCOUNT",
    "IBAN",
    "MANUAL",
    "QR",
    "RECONCILED",
}


def check_outgoing_payment_type_type_3_type_1(value: str) -> OutgoingPaymentTypeType3Type1:
    if value in OUTGOING_PAYMENT_TYPE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_TYPE_TYPE_3_TYPE_1_VALUES!r}")
