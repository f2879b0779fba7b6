from typing import Literal

KbPositionSubtotalCreateType = Literal["KbPositionSubtotal"]

KB_POSITION_SUBTOTAL_CREATE_TYPE_VALUES: set[KbPositionSubtotalCreateType] = {
    "KbPositionSubtotal",
}


def check_kb_position_subtotal_create_type(value: str) -> KbPositionSubtotalCreateType:
    if value in KB_POSITION_SUBTOTAL_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_SUBTOTAL_CREATE_TYPE_VALUES!r}")
