from typing import Literal

EmployeeMaritalStatusReadType2Type1 = Literal[
    "divorced",
    "married",
    "partnership_dissolved_by_death",
    "partnership_dissolved_by_declaration_of_lost",
    "partnership_dissolved_by_law",
    "registered_partnership",
    "separated",
    "single",
    "unknown",
    "widowed",
]

EMPLOYEE_MARITAL_STATUS_READ_TYPE_2_TYPE_1_VALUES: set[EmployeeMaritalStatusReadType2Type1] = {
    "divorced",
    "married",
    "partnership_dissolved_by_death",
    "partnership_dissolved_by_declaration_of_lost",
    "partnership_dissolved_by_law",
    "registered_partnership",
    "separated",
    "single",
    "unknown",
    "widowed",
}


def check_employee_marital_status_read_type_2_type_1(value: str) -> EmployeeMaritalStatusReadType2Type1:
    if value in EMPLOYEE_MARITAL_STATUS_READ_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMPLOYEE_MARITAL_STATUS_READ_TYPE_2_TYPE_1_VALUES!r}"
    )
