from typing import Literal

EmployeeLanguage = Literal["de", "en", "fr", "it"]

EMPLOYEE_LANGUAGE_VALUES: set[EmployeeLanguage] = {
    "de",
    "en",
    "fr",
    "it",
}


def check_employee_language(value: str) -> EmployeeLanguage:
    if value in EMPLOYEE_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYEE_LANGUAGE_VALUES!r}")
