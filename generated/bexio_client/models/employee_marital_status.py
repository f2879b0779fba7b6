from typing import Literal

EmployeeMaritalStatus = Literal[
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

EMPLOYEE_MARITAL_STATUS_VALUES: set[EmployeeMaritalStatus] = {
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


def check_employee_marital_status(value: str) -> EmployeeMaritalStatus:
    if value in EMPLOYEE_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYEE_MARITAL_STATUS_VALUES!r}")
