from typing import Literal

OrderRepetitionWeeklyWeekdaysItem = Literal[
    "friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"
]

ORDER_REPETITION_WEEKLY_WEEKDAYS_ITEM_VALUES: set[OrderRepetitionWeeklyWeekdaysItem] = {
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
}


def check_order_repetition_weekly_weekdays_item(value: str) -> OrderRepetitionWeeklyWeekdaysItem:
    if value in ORDER_REPETITION_WEEKLY_WEEKDAYS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_WEEKLY_WEEKDAYS_ITEM_VALUES!r}")
