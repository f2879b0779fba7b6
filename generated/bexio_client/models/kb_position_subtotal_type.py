from typing import Literal

KbPositionSubtotalType = Literal["KbPositionSubtotal"]

KB_POSITION_SUBTOTAL_TYPE_VALUES: set[KbPositionSubtotalType] = {
    "KbPositionSubtotal",
}


def check_kb_position_subtotal_type(value: str) -> KbPositionSubtotalType:
    if value in KB_POSITION_SUBTOTAL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_SUBTOTAL_TYPE_VALUES!r}")
