from typing import Literal

BankPaymentAllowance = Literal["fee_paid_by_payee", "fee_paid_by_payer", "fee_split", "no_fee"]

BANK_PAYMENT_ALLOWANCE_VALUES: set[BankPaymentAllowance] = {
    "fee_paid_by_payee",
    "fee_paid_by_payer",
    "fee_split",
    "no_fee",
}


def check_bank_payment_allowance(value: str) -> BankPaymentAllowance:
    if value in BANK_PAYMENT_ALLOWANCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_ALLOWANCE_VALUES!r}")
