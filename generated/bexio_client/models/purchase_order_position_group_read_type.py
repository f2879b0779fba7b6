from typing import Literal

PurchaseOrderPositionGroupReadType = Literal["group"]

PURCHASE_ORDER_POSITION_GROUP_READ_TYPE_VALUES: set[PurchaseOrderPositionGroupReadType] = {
    "group",
}


def check_purchase_order_position_group_read_type(value: str) -> PurchaseOrderPositionGroupReadType:
    if value in PURCHASE_ORDER_POSITION_GROUP_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_GROUP_READ_TYPE_VALUES!r}")
