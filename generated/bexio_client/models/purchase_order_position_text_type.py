from typing import Literal

PurchaseOrderPositionTextType = Literal["text"]

PURCHASE_ORDER_POSITION_TEXT_TYPE_VALUES: set[PurchaseOrderPositionTextType] = {
    "text",
}


def check_purchase_order_position_text_type(value: str) -> PurchaseOrderPositionTextType:
    if value in PURCHASE_ORDER_POSITION_TEXT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_TEXT_TYPE_VALUES!r}")
