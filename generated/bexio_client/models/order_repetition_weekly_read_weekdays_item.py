from typing import Literal

OrderRepetitionWeeklyReadWeekdaysItem = Literal[
    "friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"
]

ORDER_REPETITION_WEEKLY_READ_WEEKDAYS_ITEM_VALUES: set[OrderRepetitionWeeklyReadWeekdaysItem] = {
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
}


def check_order_repetition_weekly_read_weekdays_item(value: str) -> OrderRepetitionWeeklyReadWeekdaysItem:
    if value in ORDER_REPETITION_WEEKLY_READ_WEEKDAYS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_WEEKLY_READ_WEEKDAYS_ITEM_VALUES!r}"
    )
