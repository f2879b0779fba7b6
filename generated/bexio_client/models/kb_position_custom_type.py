from typing import Literal

KbPositionCustomType = Literal["KbPositionCustom"]

KB_POSITION_CUSTOM_TYPE_VALUES: set[KbPositionCustomType] = {
    "KbPositionCustom",
}


def check_kb_position_custom_type(value: str) -> KbPositionCustomType:
    if value in KB_POSITION_CUSTOM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_CUSTOM_TYPE_VALUES!r}")
