from typing import Literal

ManualEntryLockedInfoType3Type1 = Literal[
    "Banking_transaction", "closed_business_year", "closed_tax_period", "is_generated", "locked_business_year"
]

MANUAL_ENTRY_LOCKED_INFO_TYPE_3_TYPE_1_VALUES: set[ManualEntryLockedInfoType3Type1] = {
    "Banking_transaction",
    "closed_business_year",
    "closed_tax_period",
    "is_generated",
    "locked_business_year",
}


def check_manual_entry_locked_info_type_3_type_1(value: str) -> ManualEntryLockedInfoType3Type1:
    if value in MANUAL_ENTRY_LOCKED_INFO_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_ENTRY_LOCKED_INFO_TYPE_3_TYPE_1_VALUES!r}")
