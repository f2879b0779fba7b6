from typing import Literal

KbPositionPagebreakType = Literal["KbPositionPagebreak"]

KB_POSITION_PAGEBREAK_TYPE_VALUES: set[KbPositionPagebreakType] = {
    "KbPositionPagebreak",
}


def check_kb_position_pagebreak_type(value: str) -> KbPositionPagebreakType:
    if value in KB_POSITION_PAGEBREAK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_PAGEBREAK_TYPE_VALUES!r}")
