from typing import Literal

BankPaymentAllowanceType = Literal["fee_paid_by_recipient", "fee_paid_by_sender", "fee_split", "no_fee"]

BANK_PAYMENT_ALLOWANCE_TYPE_VALUES: set[BankPaymentAllowanceType] = {
    "fee_paid_by_recipient",
    "fee_paid_by_sender",
    "fee_split",
    "no_fee",
}


def check_bank_payment_allowance_type(value: str) -> BankPaymentAllowanceType:
    if value in BANK_PAYMENT_ALLOWANCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_ALLOWANCE_TYPE_VALUES!r}")
