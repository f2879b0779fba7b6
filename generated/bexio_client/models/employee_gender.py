from typing import Literal

EmployeeGender = Literal["female", "male"]

EMPLOYEE_GENDER_VALUES: set[EmployeeGender] = {
    "female",
    "male",
}


def check_employee_gender(value: str) -> EmployeeGender:
    if value in EMPLOYEE_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYEE_GENDER_VALUES!r}")
