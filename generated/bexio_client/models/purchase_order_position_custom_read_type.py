from typing import Literal

PurchaseOrderPositionCustomReadType = Literal["custom"]

PURCHASE_ORDER_POSITION_CUSTOM_READ_TYPE_VALUES: set[PurchaseOrderPositionCustomReadType] = {
    "custom",
}


def check_purchase_order_position_custom_read_type(value: str) -> PurchaseOrderPositionCustomReadType:
    if value in PURCHASE_ORDER_POSITION_CUSTOM_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_CUSTOM_READ_TYPE_VALUES!r}")
