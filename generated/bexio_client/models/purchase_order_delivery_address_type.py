from typing import Literal

PurchaseOrderDeliveryAddressType = Literal["contact_address", "manual"]

PURCHASE_ORDER_DELIVERY_ADDRESS_TYPE_VALUES: set[PurchaseOrderDeliveryAddressType] = {
    "contact_address",
    "manual",
}


def check_purchase_order_delivery_address_type(value: str) -> PurchaseOrderDeliveryAddressType:
    if value in PURCHASE_ORDER_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_DELIVERY_ADDRESS_TYPE_VALUES!r}")
