from typing import Literal

OutgoingPaymentFeeTypeType1 = Literal["BREAKDOWN", "BY_RECEIVER", "BY_SENDER", "NO_FEE"]

OUTGOING_PAYMENT_FEE_TYPE_TYPE_1_VALUES: set[OutgoingPaymentFeeTypeType1] = {
    "BREAKDOWN",
    "BY_RECEIVER",
    "BY_SENDER",
    "NO_FEE",
}


def check_outgoing_payment_fee_type_type_1(value: str) -> OutgoingPaymentFeeTypeType1:
    if value in OUTGOING_PAYMENT_FEE_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_PAYMENT_FEE_TYPE_TYPE_1_VALUES!r}")
