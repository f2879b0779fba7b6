from typing import Literal

OutgoingPaymentCreateFeeType = Literal["BREAKDOWN", "BY_RECEIVER", "BY_SENDER", "NO_FEE"]

OUTGOING_PAYMENT_CREATE_FEE_TYPE_VALUES: set[OutgoingPaymentCreateFeeType] = {
    "BREAKDOWN",
    "BY_RECEIVER",
    "BY_SENDER",
    "NO_FEE",
}


def check_outgoing_payment_create_fee_type(value: str) -> OutgoingPaymentCreateFeeType:
    if value in OUTGOING_PAYMENT_CREATE_FEE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_CREATE_FEE_TYPE_VALUES!r}")
