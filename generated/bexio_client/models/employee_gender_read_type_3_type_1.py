from typing import Literal

EmployeeGenderReadType3Type1 = Literal["female", "male"]

EMPLOYEE_GENDER_READ_TYPE_3_TYPE_1_VALUES: set[EmployeeGenderReadType3Type1] = {
    "female",
    "male",
}


def check_employee_gender_read_type_3_type_1(value: str) -> EmployeeGenderReadType3Type1:
    if value in EMPLOYEE_GENDER_READ_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYEE_GENDER_READ_TYPE_3_TYPE_1_VALUES!r}")
