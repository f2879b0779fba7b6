from typing import Literal

OrderRepetitionMonthlyReadSchedule = Literal["first_day", "fixed_day", "last_day", "week_day"]

ORDER_REPETITION_MONTHLY_READ_SCHEDULE_VALUES: set[OrderRepetitionMonthlyReadSchedule] = {
    "first_day",
    "fixed_day",
    "last_day",
    "week_day",
}


def check_order_repetition_monthly_read_schedule(value: str) -> OrderRepetitionMonthlyReadSchedule:
    if value in ORDER_REPETITION_MONTHLY_READ_SCHEDULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_MONTHLY_READ_SCHEDULE_VALUES!r}")
