from typing import Literal

BillPaymentType0Fee = Literal["BREAKDOWN", "BY_RECEIVER", "BY_SENDER", "NO_FEE"]

BILL_PAYMENT_TYPE_0_FEE_VALUES: set[BillPaymentType0Fee] = {
    "BREAKDOWN",
    "BY_RECEIVER",
    "BY_SENDER",
    "NO_FEE",
}


def check_bill_payment_type_0_fee(value: str) -> BillPaymentType0Fee:
    if value in BILL_PAYMENT_TYPE_0_FEE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILL_PAYMENT_TYPE_0_FEE_VALUES!r}")
