from typing import Literal

BankPaymentAllowanceReadType2Type1 = Literal["fee_paid_by_payee", "fee_paid_by_payer", "fee_split", "no_fee"]

BANK_PAYMENT_ALLOWANCE_READ_TYPE_2_TYPE_1_VALUES: set[BankPaymentAllowanceReadType2Type1] = {
    "fee_paid_by_payee",
    "fee_paid_by_payer",
    "fee_split",
    "no_fee",
}


def check_bank_payment_allowance_read_type_2_type_1(value: str) -> BankPaymentAllowanceReadType2Type1:
    if value in BANK_PAYMENT_ALLOWANCE_READ_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_ALLOWANCE_READ_TYPE_2_TYPE_1_VALUES!r}")
