from typing import Literal

OrderRepetitionMonthlyReadType = Literal["monthly"]

ORDER_REPETITION_MONTHLY_READ_TYPE_VALUES: set[OrderRepetitionMonthlyReadType] = {
    "monthly",
}


def check_order_repetition_monthly_read_type(value: str) -> OrderRepetitionMonthlyReadType:
    if value in ORDER_REPETITION_MONTHLY_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_MONTHLY_READ_TYPE_VALUES!r}")
