from typing import Literal

ManualCompoundEntryType = Literal["manual_compound_entry"]

MANUAL_COMPOUND_ENTRY_TYPE_VALUES: set[ManualCompoundEntryType] = {
    "manual_compound_entry",
}


def check_manual_compound_entry_type(value: str) -> ManualCompoundEntryType:
    if value in MANUAL_COMPOUND_ENTRY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_COMPOUND_ENTRY_TYPE_VALUES!r}")
