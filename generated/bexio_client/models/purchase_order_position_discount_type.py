from typing import Literal

PurchaseOrderPositionDiscountType = Literal["discount"]

PURCHASE_ORDER_POSITION_DISCOUNT_TYPE_VALUES: set[PurchaseOrderPositionDiscountType] = {
    "discount",
}


def check_purchase_order_position_discount_type(value: str) -> PurchaseOrderPositionDiscountType:
    if value in PURCHASE_ORDER_POSITION_DISCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_DISCOUNT_TYPE_VALUES!r}")
