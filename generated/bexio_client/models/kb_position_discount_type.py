from typing import Literal

KbPositionDiscountType = Literal["KbPositionDiscount"]

KB_POSITION_DISCOUNT_TYPE_VALUES: set[KbPositionDiscountType] = {
    "KbPositionDiscount",
}


def check_kb_position_discount_type(value: str) -> KbPositionDiscountType:
    if value in KB_POSITION_DISCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_DISCOUNT_TYPE_VALUES!r}")
