from typing import Literal

PurchaseOrderCreateMwstType = Literal["excluded", "exempt", "included"]

PURCHASE_ORDER_CREATE_MWST_TYPE_VALUES: set[PurchaseOrderCreateMwstType] = {
    "excluded",
    "exempt",
    "included",
}


def check_purchase_order_create_mwst_type(value: str) -> PurchaseOrderCreateMwstType:
    if value in PURCHASE_ORDER_CREATE_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_CREATE_MWST_TYPE_VALUES!r}")
