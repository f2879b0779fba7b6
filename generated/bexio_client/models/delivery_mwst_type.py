from typing import Literal

DeliveryMwstType = Literal[0, 1, 2]

DELIVERY_MWST_TYPE_VALUES: set[DeliveryMwstType] = {
    0,
    1,
    2,
}


def check_delivery_mwst_type(value: int) -> DeliveryMwstType:
    if value in DELIVERY_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELIVERY_MWST_TYPE_VALUES!r}")
