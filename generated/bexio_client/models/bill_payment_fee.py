from typing import Literal

BillPaymentFee = Literal["BREAKDOWN", "BY_RECEIVER", "BY_SENDER", "NO_FEE"]

BILL_PAYMENT_FEE_VALUES: set[BillPaymentFee] = {
    "BREAKDOWN",
    "BY_RECEIVER",
    "BY_SENDER",
    "NO_FEE",
}


def check_bill_payment_fee(value: str) -> BillPaymentFee:
    if value in BILL_PAYMENT_FEE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_PAYMENT_FEE_VALUES!r}")
