from typing import Literal

PurchaseOrderPositionPagebreakType = Literal["pagebreak"]

PURCHASE_ORDER_POSITION_PAGEBREAK_TYPE_VALUES: set[PurchaseOrderPositionPagebreakType] = {
    "pagebreak",
}


def check_purchase_order_position_pagebreak_type(value: str) -> PurchaseOrderPositionPagebreakType:
    if value in PURCHASE_ORDER_POSITION_PAGEBREAK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_PAGEBREAK_TYPE_VALUES!r}")
