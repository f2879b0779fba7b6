from typing import Literal

ManualSingleEntryUpdateType = Literal["manual_single_entry"]

MANUAL_SINGLE_ENTRY_UPDATE_TYPE_VALUES: set[ManualSingleEntryUpdateType] = {
    "manual_single_entry",
}


def check_manual_single_entry_update_type(value: str) -> ManualSingleEntryUpdateType:
    if value in MANUAL_SINGLE_ENTRY_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_SINGLE_ENTRY_UPDATE_TYPE_VALUES!r}")
