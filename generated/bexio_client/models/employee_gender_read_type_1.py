from typing import Literal

EmployeeGenderReadType1 = Literal["female", "male"]

EMPLOYEE_GENDER_READ_TYPE_1_VALUES: set[EmployeeGenderReadType1] = {
    "female",
    "male",
}


def check_employee_gender_read_type_1(value: str) -> EmployeeGenderReadType1:
    if value in EMPLOYEE_GENDER_READ_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYEE_GENDER_READ_TYPE_1_VALUES!r}")
