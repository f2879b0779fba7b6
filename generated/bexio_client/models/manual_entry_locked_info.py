from typing import Literal

ManualEntryLockedInfo = Literal[
    "Banking_transaction", "closed_business_year", "closed_tax_period", "is_generated", "locked_business_year"
]

MANUAL_ENTRY_LOCKED_INFO_VALUES: set[ManualEntryLockedInfo] = {
    "Banking_transaction",
    "closed_business_year",
    "closed_tax_period",
    "is_generated",
    "locked_business_year",
}


def check_manual_entry_locked_info(value: str) -> ManualEntryLockedInfo:
    if value in MANUAL_ENTRY_LOCKED_INFO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_ENTRY_LOCKED_INFO_VALUES!r}")
