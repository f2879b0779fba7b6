from typing import Literal

BillPaymentCreateFee = Literal["BREAKDOWN", "BY_RECEIVER", "BY_SENDER", "NO_FEE"]

BILL_PAYMENT_CREATE_FEE_VALUES: set[BillPaymentCreateFee] = {
    "BREAKDOWN",
    "BY_RECEIVER",
    "BY_SENDER",
    "NO_FEE",
}


def check_bill_payment_create_fee(value: str) -> BillPaymentCreateFee:
    if value in BILL_PAYMENT_CREATE_FEE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_PAYMENT_CREATE_FEE_VALUES!r}")
