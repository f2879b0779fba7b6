from typing import Literal

EmployeeMaritalStatusReadType1 = Literal[
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

EMPLOYEE_MARITAL_STATUS_READ_TYPE_1_VALUES: set[EmployeeMaritalStatusReadType1] = {
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


def check_employee_marital_status_read_type_1(value: str) -> EmployeeMaritalStatusReadType1:
    if value in EMPLOYEE_MARITAL_STATUS_READ_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYEE_MARITAL_STATUS_READ_TYPE_1_VALUES!r}")
