from typing import Literal

BankPaymentAllowanceReadType3Type1 = Literal["fee_paid_by_payee", "fee_paid_by_payer", "fee_split", "no_fee"]

BANK_PAYMENT_ALLOWANCE_READ_TYPE_3_TYPE_1_VALUES: set[BankPaymentAllowanceReadType3Type1] = {
    "fee_paid_by_payee",
    "fee_paid_by_payer",
    "fee_split",
    "no_fee",
}


def check_bank_payment_allowance_read_type_3_type_1(value: str) -> BankPaymentAllowanceReadType3Type1:
    if value in BANK_PAYMENT_ALLOWANCE_READ_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_PAYMENT_ALLOWANCE_READ_TYPE_3_TYPE_1_VALUES!r}")
