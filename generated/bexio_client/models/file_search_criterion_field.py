from typing import Literal

FileSearchCriterionField = Literal[
    "created_at", "extension", "id", "is_archived", "mime_type", "name", "size_in_bytes", "source_id", "user_id", "uuid"
]

FILE_SEARCH_CRITERION_FIELD_VALUES: set[FileSearchCriterionField] = {
    "created_at",
    "extension",
    "id",
    "is_archived",
    "mime_type",
    "name",
    "size_in_bytes",
    "source_id",
    "user_id",
    "uuid",
}


def check_file_search_criterion_field(value: str) -> FileSearchCriterionField:
    if value in FILE_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_CRITERION_FIELD_VALUES!r}")
