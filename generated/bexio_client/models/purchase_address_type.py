from typing import Literal

PurchaseAddressType = Literal["COMPANY", "PRIVATE"]

PURCHASE_ADDRESS_TYPE_VALUES: set[PurchaseAddressType] = {
    "COMPANY",
    "PRIVATE",
}


def check_purchase_address_type(value: str) -> PurchaseAddressType:
    if value in PURCHASE_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ADDRESS_TYPE_VALUES!r}")
