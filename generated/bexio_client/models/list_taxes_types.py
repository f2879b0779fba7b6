from typing import Literal

ListTaxesTypes = Literal["pre_tax", "sales_tax"]

LIST_TAXES_TYPES_VALUES: set[ListTaxesTypes] = {
    "pre_tax",
    "sales_tax",
}


def check_list_taxes_types(value: str) -> ListTaxesTypes:
    if value in LIST_TAXES_TYPES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAXES_TYPES_VALUES!r}")
