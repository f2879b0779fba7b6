from typing import Literal

QuoteCreateDeliveryAddressType = Literal[0, 1]

QUOTE_CREATE_DELIVERY_ADDRESS_TYPE_VALUES: set[QuoteCreateDeliveryAddressType] = {
    0,
    1,
}


def check_quote_create_delivery_address_type(value: int) -> QuoteCreateDeliveryAddressType:
    if value in QUOTE_CREATE_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_CREATE_DELIVERY_ADDRESS_TYPE_VALUES!r}")
