from typing import Literal

OrderDeliveryAddressType = Literal[0, 1]

ORDER_DELIVERY_ADDRESS_TYPE_VALUES: set[OrderDeliveryAddressType] = {
    0,
    1,
}


def check_order_delivery_address_type(value: int) -> OrderDeliveryAddressType:
    if value in ORDER_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_DELIVERY_ADDRESS_TYPE_VALUES!r}")
