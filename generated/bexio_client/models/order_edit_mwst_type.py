from typing import Literal

OrderEditMwstType = Literal[0, 1, 2]

ORDER_EDIT_MWST_TYPE_VALUES: set[OrderEditMwstType] = {
    0,
    1,
    2,
}


def check_order_edit_mwst_type(value: int) -> OrderEditMwstType:
    if value in ORDER_EDIT_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_EDIT_MWST_TYPE_VALUES!r}")
