from typing import Literal

FictionalUserSalutationType = Literal["female", "male"]

FICTIONAL_USER_SALUTATION_TYPE_VALUES: set[FictionalUserSalutationType] = {
    "female",
    "male",
}


def check_fictional_user_salutation_type(value: str) -> FictionalUserSalutationType:
    if value in FICTIONAL_USER_SALUTATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FICTIONAL_USER_SALUTATION_TYPE_VALUES!r}")
