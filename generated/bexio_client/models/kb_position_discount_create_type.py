from typing import Literal

KbPositionDiscountCreateType = Literal["KbPositionDiscount"]

KB_POSITION_DISCOUNT_CREATE_TYPE_VALUES: set[KbPositionDiscountCreateType] = {
    "KbPositionDiscount",
}


def check_kb_position_discount_create_type(value: str) -> KbPositionDiscountCreateType:
    if value in KB_POSITION_DISCOUNT_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_DISCOUNT_CREATE_TYPE_VALUES!r}")
