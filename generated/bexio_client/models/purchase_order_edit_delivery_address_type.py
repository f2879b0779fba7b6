from typing import Literal

PurchaseOrderEditDeliveryAddressType = Literal["contact_address", "manual"]

PURCHASE_ORDER_EDIT_DELIVERY_ADDRESS_TYPE_VALUES: set[PurchaseOrderEditDeliveryAddressType] = {
    "contact_address",
    "manual",
}


def check_purchase_order_edit_delivery_address_type(value: str) -> PurchaseOrderEditDeliveryAddressType:
    if value in PURCHASE_ORDER_EDIT_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_EDIT_DELIVERY_ADDRESS_TYPE_VALUES!r}")
