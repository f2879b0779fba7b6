from typing import Literal

FictionalUserCreateSalutationType = Literal["female", "male"]

FICTIONAL_USER_CREATE_SALUTATION_TYPE_VALUES: set[FictionalUserCreateSalutationType] = {
    "female",
    "male",
}


def check_fictional_user_create_salutation_type(value: str) -> FictionalUserCreateSalutationType:
    if value in FICTIONAL_USER_CREATE_SALUTATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FICTIONAL_USER_CREATE_SALUTATION_TYPE_VALUES!r}")
