from typing import Literal

PurchaseOrderPositionDiscountReadType = Literal["discount"]

PURCHASE_ORDER_POSITION_DISCOUNT_READ_TYPE_VALUES: set[PurchaseOrderPositionDiscountReadType] = {
    "discount",
}


def check_purchase_order_position_discount_read_type(value: str) -> PurchaseOrderPositionDiscountReadType:
    if value in PURCHASE_ORDER_POSITION_DISCOUNT_READ_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_DISCOUNT_READ_TYPE_VALUES!r}"
    )
