from typing import Literal

OrderEditDeliveryAddressType = Literal[0, 1]

ORDER_EDIT_DELIVERY_ADDRESS_TYPE_VALUES: set[OrderEditDeliveryAddressType] = {
    0,
    1,
}


def check_order_edit_delivery_address_type(value: int) -> OrderEditDeliveryAddressType:
    if value in ORDER_EDIT_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_EDIT_DELIVERY_ADDRESS_TYPE_VALUES!r}")
