from typing import Literal

EmployeeGenderReadType2Type1 = Literal["female", "male"]

EMPLOYEE_GENDER_READ_TYPE_2_TYPE_1_VALUES: set[EmployeeGenderReadType2Type1] = {
    "female",
    "male",
}


def check_employee_gender_read_type_2_type_1(value: str) -> EmployeeGenderReadType2Type1:
    if value in EMPLOYEE_GENDER_READ_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYEE_GENDER_READ_TYPE_2_TYPE_1_VALUES!r}")
