from typing import Literal

PurchaseOrderPositionTextReadType = Literal["text"]

PURCHASE_ORDER_POSITION_TEXT_READ_TYPE_VALUES: set[PurchaseOrderPositionTextReadType] = {
    "text",
}


def check_purchase_order_position_text_read_type(value: str) -> PurchaseOrderPositionTextReadType:
    if value in PURCHASE_ORDER_POSITION_TEXT_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_TEXT_READ_TYPE_VALUES!r}")
