from typing import Literal

QuoteCreateMwstType = Literal[0, 1, 2]

QUOTE_CREATE_MWST_TYPE_VALUES: set[QuoteCreateMwstType] = {
    0,
    1,
    2,
}


def check_quote_create_mwst_type(value: int) -> QuoteCreateMwstType:
    if value in QUOTE_CREATE_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_CREATE_MWST_TYPE_VALUES!r}")
