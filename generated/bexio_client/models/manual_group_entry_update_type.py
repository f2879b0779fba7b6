from typing import Literal

ManualGroupEntryUpdateType = Literal["manual_group_entry"]

MANUAL_GROUP_ENTRY_UPDATE_TYPE_VALUES: set[ManualGroupEntryUpdateType] = {
    "manual_group_entry",
}


def check_manual_group_entry_update_type(value: str) -> ManualGroupEntryUpdateType:
    if value in MANUAL_GROUP_ENTRY_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANUAL_GROUP_ENTRY_UPDATE_TYPE_VALUES!r}")
