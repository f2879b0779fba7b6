from typing import Literal

KbPositionTextCreateType = Literal["KbPositionText"]

KB_POSITION_TEXT_CREATE_TYPE_VALUES: set[KbPositionTextCreateType] = {
    "KbPositionText",
}


def check_kb_position_text_create_type(value: str) -> KbPositionTextCreateType:
    if value in KB_POSITION_TEXT_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_TEXT_CREATE_TYPE_VALUES!r}")
