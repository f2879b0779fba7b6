from typing import Literal

DeliveryDeliveryAddressType = Literal[0, 1]

DELIVERY_DELIVERY_ADDRESS_TYPE_VALUES: set[DeliveryDeliveryAddressType] = {
    0,
    1,
}


def check_delivery_delivery_address_type(value: int) -> DeliveryDeliveryAddressType:
    if value in DELIVERY_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELIVERY_DELIVERY_ADDRESS_TYPE_VALUES!r}")
