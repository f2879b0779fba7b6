from typing import Literal

QuoteEditMwstType = Literal[0, 1, 2]

QUOTE_EDIT_MWST_TYPE_VALUES: set[QuoteEditMwstType] = {
    0,
    1,
    2,
}


def check_quote_edit_mwst_type(value: int) -> QuoteEditMwstType:
    if value in QUOTE_EDIT_MWST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_EDIT_MWST_TYPE_VALUES!r}")
