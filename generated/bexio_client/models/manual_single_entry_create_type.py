from typing import Literal

ManualSingleEntryCreateType = Literal["manual_single_entry"]

MANUAL_SINGLE_ENTRY_CREATE_TYPE_VALUES: set[ManualSingleEntryCreateType] = {
    "manual_single_entry",
}


def check_manual_single_entry_create_type(value: str) -> ManualSingleEntryCreateType:
    if value in MANUAL_SINGLE_ENTRY_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_SINGLE_ENTRY_CREATE_TYPE_VALUES!r}")
