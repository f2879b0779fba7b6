from typing import Literal

PurchaseAddressCreateType = Literal["COMPANY", "PRIVATE"]

PURCHASE_ADDRESS_CREATE_TYPE_VALUES: set[PurchaseAddressCreateType] = {
    "COMPANY",
    "PRIVATE",
}


def check_purchase_address_create_type(value: str) -> PurchaseAddressCreateType:
    if value in PURCHASE_ADDRESS_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ADDRESS_CREATE_TYPE_VALUES!r}")
