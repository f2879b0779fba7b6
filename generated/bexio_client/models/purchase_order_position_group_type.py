from typing import Literal

PurchaseOrderPositionGroupType = Literal["group"]

PURCHASE_ORDER_POSITION_GROUP_TYPE_VALUES: set[PurchaseOrderPositionGroupType] = {
    "group",
}


def check_purchase_order_position_group_type(value: str) -> PurchaseOrderPositionGroupType:
    if value in PURCHASE_ORDER_POSITION_GROUP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_GROUP_TYPE_VALUES!r}")
