from typing import Literal

BankPaymentAllowanceReadType1 = Literal["fee_paid_by_payee", "fee_paid_by_payer", "fee_split", "no_fee"]

BANK_PAYMENT_ALLOWANCE_READ_TYPE_1_VALUES: set[BankPaymentAllowanceReadType1] = {
    "fee_paid_by_payee",
    "fee_paid_by_payer",
    "fee_split",
    "no_fee",
}


def check_bank_payment_allowance_read_type_1(value: str) -> BankPaymentAllowanceReadType1:
    if value in BANK_PAYMENT_ALLOWANCE_READ_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_ALLOWANCE_READ_TYPE_1_VALUES!r}")
