from typing import Literal

PurchaseOrderEditMwstType = Literal["excluded", "exempt", "included"]

PURCHASE_ORDER_EDIT_MWST_TYPE_VALUES: set[PurchaseOrderEditMwstType] = {
    "excluded",
    "exempt",
    "included",
}


def check_purchase_order_edit_mwst_type(value: str) -> PurchaseOrderEditMwstType:
    if value in PURCHASE_ORDER_EDIT_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_EDIT_MWST_TYPE_VALUES!r}")
