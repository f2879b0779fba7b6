from typing import Literal

ManualGroupEntryCreateType = Literal["manual_group_entry"]

MANUAL_GROUP_ENTRY_CREATE_TYPE_VALUES: set[ManualGroupEntryCreateType] = {
    "manual_group_entry",
}


def check_manual_group_entry_create_type(value: str) -> ManualGroupEntryCreateType:
    if value in MANUAL_GROUP_ENTRY_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_GROUP_ENTRY_CREATE_TYPE_VALUES!r}")
