from typing import Literal

EmployeeLanguageReadType2Type1 = Literal["de", "en", "fr", "it"]

EMPLOYEE_LANGUAGE_READ_TYPE_2_TYPE_1_VALUES: set[EmployeeLanguageReadType2Type1] = {
    "de",
    "en",
    "fr",
    "it",
}


def check_employee_language_read_type_2_type_1(value: str) -> EmployeeLanguageReadType2Type1:
    if value in EMPLOYEE_LANGUAGE_READ_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYEE_LANGUAGE_READ_TYPE_2_TYPE_1_VALUES!r}")
