from typing import Literal

KbPositionPagebreakCreateType = Literal["KbPositionPagebreak"]

KB_POSITION_PAGEBREAK_CREATE_TYPE_VALUES: set[KbPositionPagebreakCreateType] = {
    "KbPositionPagebreak",
}


def check_kb_position_pagebreak_create_type(value: str) -> KbPositionPagebreakCreateType:
    if value in KB_POSITION_PAGEBREAK_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_PAGEBREAK_CREATE_TYPE_VALUES!r}")
