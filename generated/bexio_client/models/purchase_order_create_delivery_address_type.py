from typing import Literal

PurchaseOrderCreateDeliveryAddressType = Literal["contact_address", "manual"]

PURCHASE_ORDER_CREATE_DELIVERY_ADDRESS_TYPE_VALUES: set[PurchaseOrderCreateDeliveryAddressType] = {
    "contact_address",
    "manual",
}


def check_purchase_order_create_delivery_address_type(value: str) -> PurchaseOrderCreateDeliveryAddressType:
    if value in PURCHASE_ORDER_CREATE_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_CREATE_DELIVERY_ADDRESS_TYPE_VALUES!r}"
    )
