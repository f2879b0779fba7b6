from typing import Literal

FileSourceType = Literal["email", "mobile", "web"]

FILE_SOURCE_TYPE_VALUES: set[FileSourceType] = {
    "email",
    "mobile",
    "web",
}


def check_file_source_type(value: str) -> FileSourceType:
    if value in FILE_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_SOURCE_TYPE_VALUES!r}")
