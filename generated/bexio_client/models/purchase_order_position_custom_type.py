from typing import Literal

PurchaseOrderPositionCustomType = Literal["custom"]

PURCHASE_ORDER_POSITION_CUSTOM_TYPE_VALUES: set[PurchaseOrderPositionCustomType] = {
    "custom",
}


def check_purchase_order_position_custom_type(value: str) -> PurchaseOrderPositionCustomType:
    if value in PURCHASE_ORDER_POSITION_CUSTOM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_CUSTOM_TYPE_VALUES!r}")
