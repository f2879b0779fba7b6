from typing import Literal

OrderRepetitionDailyType = Literal["daily"]

ORDER_REPETITION_DAILY_TYPE_VALUES: set[OrderRepetitionDailyType] = {
    "daily",
}


def check_order_repetition_daily_type(value: str) -> OrderRepetitionDailyType:
    if value in ORDER_REPETITION_DAILY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_DAILY_TYPE_VALUES!r}")
