from typing import Literal

ListTaxesScope = Literal["active", "inactive"]

LIST_TAXES_SCOPE_VALUES: set[ListTaxesScope] = {
    "active",
    "inactive",
}


def check_list_taxes_scope(value: str) -> ListTaxesScope:
    if value in LIST_TAXES_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAXES_SCOPE_VALUES!r}")
