from typing import Literal

OrderRepetitionDailyReadType = Literal["daily"]

ORDER_REPETITION_DAILY_READ_TYPE_VALUES: set[OrderRepetitionDailyReadType] = {
    "daily",
}


def check_order_repetition_daily_read_type(value: str) -> OrderRepetitionDailyReadType:
    if value in ORDER_REPETITION_DAILY_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_DAILY_READ_TYPE_VALUES!r}")
