from typing import Literal

OutgoingPaymentFeeType = Literal["BREAKDOWN", "BY_RECEIVER", "BY_SENDER", "NO_FEE"]

OUTGOING_PAYMENT_FEE_TYPE_VALUES: set[OutgoingPaymentFeeType] = {
    "BREAKDOWN",
    "BY_RECEIVER",
    "BY_SENDER",
    "NO_FEE",
}


def check_outgoing_payment_fee_type(value: str) -> OutgoingPaymentFeeType:
    if value in OUTGOING_PAYMENT_FEE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_FEE_TYPE_VALUES!r}")
