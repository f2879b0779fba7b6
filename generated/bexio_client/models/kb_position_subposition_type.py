from typing import Literal

KbPositionSubpositionType = Literal["KbPositionSubposition"]

KB_POSITION_SUBPOSITION_TYPE_VALUES: set[KbPositionSubpositionType] = {
    "KbPositionSubposition",
}


def check_kb_position_subposition_type(value: str) -> KbPositionSubpositionType:
    if value in KB_POSITION_SUBPOSITION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_SUBPOSITION_TYPE_VALUES!r}")
