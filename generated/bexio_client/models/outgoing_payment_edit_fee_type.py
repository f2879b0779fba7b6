from typing import Literal

OutgoingPaymentEditFeeType = Literal["BREAKDOWN", "BY_RECEIVER", "BY_SENDER", "NO_FEE"]

OUTGOING_PAYMENT_EDIT_FEE_TYPE_VALUES: set[OutgoingPaymentEditFeeType] = {
    "BREAKDOWN",
    "BY_RECEIVER",
    "BY_SENDER",
    "NO_FEE",
}


def check_outgoing_payment_edit_fee_type(value: str) -> OutgoingPaymentEditFeeType:
    if value in OUTGOING_PAYMENT_EDIT_FEE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_EDIT_FEE_TYPE_VALUES!r}")
