from typing import Literal

PurchaseOrderMwstType = Literal["excluded", "exempt", "included"]

PURCHASE_ORDER_MWST_TYPE_VALUES: set[PurchaseOrderMwstType] = {
    "excluded",
    "exempt",
    "included",
}


def check_purchase_order_mwst_type(value: str) -> PurchaseOrderMwstType:
    if value in PURCHASE_ORDER_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_MWST_TYPE_VALUES!r}")
