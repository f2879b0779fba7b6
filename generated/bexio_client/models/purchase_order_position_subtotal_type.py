from typing import Literal

PurchaseOrderPositionSubtotalType = Literal["subtotal"]

PURCHASE_ORDER_POSITION_SUBTOTAL_TYPE_VALUES: set[PurchaseOrderPositionSubtotalType] = {
    "subtotal",
}


def check_purchase_order_position_subtotal_type(value: str) -> PurchaseOrderPositionSubtotalType:
    if value in PURCHASE_ORDER_POSITION_SUBTOTAL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_SUBTOTAL_TYPE_VALUES!r}")
