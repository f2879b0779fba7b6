from typing import Literal

KbPositionCustomCreateType = Literal["KbPositionCustom"]

KB_POSITION_CUSTOM_CREATE_TYPE_VALUES: set[KbPositionCustomCreateType] = {
    "KbPositionCustom",
}


def check_kb_position_custom_create_type(value: str) -> KbPositionCustomCreateType:
    if value in KB_POSITION_CUSTOM_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_CUSTOM_CREATE_TYPE_VALUES!r}")
