from typing import Literal

PurchaseOrderPositionSubtotalReadType = Literal["subtotal"]

PURCHASE_ORDER_POSITION_SUBTOTAL_READ_TYPE_VALUES: set[PurchaseOrderPositionSubtotalReadType] = {
    "subtotal",
}


def check_purchase_order_position_subtotal_read_type(value: str) -> PurchaseOrderPositionSubtotalReadType:
    if value in PURCHASE_ORDER_POSITION_SUBTOTAL_READ_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_SUBTOTAL_READ_TYPE_VALUES!r}"
    )
