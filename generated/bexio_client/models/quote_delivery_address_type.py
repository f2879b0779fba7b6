from typing import Literal

QuoteDeliveryAddressType = Literal[0, 1]

QUOTE_DELIVERY_ADDRESS_TYPE_VALUES: set[QuoteDeliveryAddressType] = {
    0,
    1,
}


def check_quote_delivery_address_type(value: int) -> QuoteDeliveryAddressType:
    if value in QUOTE_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_DELIVERY_ADDRESS_TYPE_VALUES!r}")
