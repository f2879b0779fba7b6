from typing import Literal

OrderMwstType = Literal[0, 1, 2]

ORDER_MWST_TYPE_VALUES: set[OrderMwstType] = {
    0,
    1,
    2,
}


def check_order_mwst_type(value: int) -> OrderMwstType:
    if value in ORDER_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_MWST_TYPE_VALUES!r}")
