from typing import Literal

OrderRepetitionWeeklyReadType = Literal["weekly"]

ORDER_REPETITION_WEEKLY_READ_TYPE_VALUES: set[OrderRepetitionWeeklyReadType] = {
    "weekly",
}


def check_order_repetition_weekly_read_type(value: str) -> OrderRepetitionWeeklyReadType:
    if value in ORDER_REPETITION_WEEKLY_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_WEEKLY_READ_TYPE_VALUES!r}")
