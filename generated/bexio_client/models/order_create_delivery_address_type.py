from typing import Literal

OrderCreateDeliveryAddressType = Literal[0, 1]

ORDER_CREATE_DELIVERY_ADDRESS_TYPE_VALUES: set[OrderCreateDeliveryAddressType] = {
    0,
    1,
}


def check_order_create_delivery_address_type(value: int) -> OrderCreateDeliveryAddressType:
    if value in ORDER_CREATE_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_CREATE_DELIVERY_ADDRESS_TYPE_VALUES!r}")
