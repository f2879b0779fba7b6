from typing import Literal

OrderRepetitionYearlyReadType = Literal["yearly"]

ORDER_REPETITION_YEARLY_READ_TYPE_VALUES: set[OrderRepetitionYearlyReadType] = {
    "yearly",
}


def check_order_repetition_yearly_read_type(value: str) -> OrderRepetitionYearlyReadType:
    if value in ORDER_REPETITION_YEARLY_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_REPETITION_YEARLY_READ_TYPE_VALUES!r}")
