from typing import Literal

OrderRepetitionYearlyType = Literal["yearly"]

ORDER_REPETITION_YEARLY_TYPE_VALUES: set[OrderRepetitionYearlyType] = {
    "yearly",
}


def check_order_repetition_yearly_type(value: str) -> OrderRepetitionYearlyType:
    if value in ORDER_REPETITION_YEARLY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_YEARLY_TYPE_VALUES!r}")
