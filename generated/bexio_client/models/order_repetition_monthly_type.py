from typing import Literal

OrderRepetitionMonthlyType = Literal["monthly"]

ORDER_REPETITION_MONTHLY_TYPE_VALUES: set[OrderRepetitionMonthlyType] = {
    "monthly",
}


def check_order_repetition_monthly_type(value: str) -> OrderRepetitionMonthlyType:
    if value in ORDER_REPETITION_MONTHLY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_MONTHLY_TYPE_VALUES!r}")
