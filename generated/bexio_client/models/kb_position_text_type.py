from typing import Literal

KbPositionTextType = Literal["KbPositionText"]

KB_POSITION_TEXT_TYPE_VALUES: set[KbPositionTextType] = {
    "KbPositionText",
}


def check_kb_position_text_type(value: str) -> KbPositionTextType:
    if value in KB_POSITION_TEXT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_TEXT_TYPE_VALUES!r}")
