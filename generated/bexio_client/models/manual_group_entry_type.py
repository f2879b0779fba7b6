from typing import Literal

ManualGroupEntryType = Literal["manual_group_entry"]

MANUAL_GROUP_ENTRY_TYPE_VALUES: set[ManualGroupEntryType] = {
    "manual_group_entry",
}


def check_manual_group_entry_type(value: str) -> ManualGroupEntryType:
    if value in MANUAL_GROUP_ENTRY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_GROUP_ENTRY_TYPE_VALUES!r}")
