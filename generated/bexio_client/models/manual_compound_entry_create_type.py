from typing import Literal

ManualCompoundEntryCreateType = Literal["manual_compound_entry"]

MANUAL_COMPOUND_ENTRY_CREATE_TYPE_VALUES: set[ManualCompoundEntryCreateType] = {
    "manual_compound_entry",
}


def check_manual_compound_entry_create_type(value: str) -> ManualCompoundEntryCreateType:
    if value in MANUAL_COMPOUND_ENTRY_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_COMPOUND_ENTRY_CREATE_TYPE_VALUES!r}")
