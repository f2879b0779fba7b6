from typing import Literal

OrderRepetitionWeeklyType = Literal["weekly"]

ORDER_REPETITION_WEEKLY_TYPE_VALUES: set[OrderRepetitionWeeklyType] = {
    "weekly",
}


def check_order_repetition_weekly_type(value: str) -> OrderRepetitionWeeklyType:
    if value in ORDER_REPETITION_WEEKLY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_WEEKLY_TYPE_VALUES!r}")
