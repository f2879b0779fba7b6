from typing import Literal

OrderRepetitionMonthlySchedule = Literal["first_day", "fixed_day", "last_day", "week_day"]

ORDER_REPETITION_MONTHLY_SCHEDULE_VALUES: set[OrderRepetitionMonthlySchedule] = {
    "first_day",
    "fixed_day",
    "last_day",
    "week_day",
}


def check_order_repetition_monthly_schedule(value: str) -> OrderRepetitionMonthlySchedule:
    if value in ORDER_REPETITION_MONTHLY_SCHEDULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_MONTHLY_SCHEDULE_VALUES!r}")
