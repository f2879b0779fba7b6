from typing import Literal

QuoteEditDeliveryAddressType = Literal[0, 1]

QUOTE_EDIT_DELIVERY_ADDRESS_TYPE_VALUES: set[QuoteEditDeliveryAddressType] = {
    0,
    1,
}


def check_quote_edit_delivery_address_type(value: int) -> QuoteEditDeliveryAddressType:
    if value in QUOTE_EDIT_DELIVERY_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_EDIT_DELIVERY_ADDRESS_TYPE_VALUES!r}")
