from typing import Literal

ManualSingleEntryType = Literal["manual_single_entry"]

MANUAL_SINGLE_ENTRY_TYPE_VALUES: set[ManualSingleEntryType] = {
    "manual_single_entry",
}


def check_manual_single_entry_type(value: str) -> ManualSingleEntryType:
    if value in MANUAL_SINGLE_ENTRY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_SINGLE_ENTRY_TYPE_VALUES!r}")
