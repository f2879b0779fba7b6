from typing import Literal

EmployeeLanguageReadType1 = Literal["de", "en", "fr", "it"]

EMPLOYEE_LANGUAGE_READ_TYPE_1_VALUES: set[EmployeeLanguageReadType1] = {
    "de",
    "en",
    "fr",
    "it",
}


def check_employee_language_read_type_1(value: str) -> EmployeeLanguageReadType1:
    if value in EMPLOYEE_LANGUAGE_READ_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYEE_LANGUAGE_READ_TYPE_1_VALUES!r}")
