from typing import Literal

QuoteMwstType = Literal[0, 1, 2]

QUOTE_MWST_TYPE_VALUES: set[QuoteMwstType] = {
    0,
    1,
    2,
}


def check_quote_mwst_type(value: int) -> QuoteMwstType:
    if value in QUOTE_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_MWST_TYPE_VALUES!r}")
