from typing import Literal

ManualCompoundEntryUpdateType = Literal["manual_compound_entry"]

MANUAL_COMPOUND_ENTRY_UPDATE_TYPE_VALUES: set[ManualCompoundEntryUpdateType] = {
    "manual_compound_entry",
}


def check_manual_compound_entry_update_type(value: str) -> ManualCompoundEntryUpdateType:
    if value in MANUAL_COMPOUND_ENTRY_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_COMPOUND_ENTRY_UPDATE_TYPE_VALUES!r}")
