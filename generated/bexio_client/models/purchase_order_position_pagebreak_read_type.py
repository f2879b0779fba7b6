from typing import Literal

PurchaseOrderPositionPagebreakReadType = Literal["pagebreak"]

PURCHASE_ORDER_POSITION_PAGEBREAK_READ_TYPE_VALUES: set[PurchaseOrderPositionPagebreakReadType] = {
    "pagebreak",
}


def check_purchase_order_position_pagebreak_read_type(value: str) -> PurchaseOrderPositionPagebreakReadType:
    if value in PURCHASE_ORDER_POSITION_PAGEBREAK_READ_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_PAGEBREAK_READ_TYPE_VALUES!r}"
    )
