from typing import Literal

PurchaseOrderKbItemStatusId = Literal[22, 23, 24, 25, 26]

PURCHASE_ORDER_KB_ITEM_STATUS_ID_VALUES: set[PurchaseOrderKbItemStatusId] = {
    22,
    23,
    24,
    25,
    26,
}


def check_purchase_order_kb_item_status_id(value: int) -> PurchaseOrderKbItemStatusId:
    if value in PURCHASE_ORDER_KB_ITEM_STATUS_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_KB_ITEM_STATUS_ID_VALUES!r}")
