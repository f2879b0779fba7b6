from typing import Literal

OrderCreateMwstType = Literal[0, 1, 2]

ORDER_CREATE_MWST_TYPE_VALUES: set[OrderCreateMwstType] = {
    0,
    1,
    2,
}


def check_order_create_mwst_type(value: int) -> OrderCreateMwstType:
    if value in ORDER_CREATE_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_CREATE_MWST_TYPE_VALUES!r}")
