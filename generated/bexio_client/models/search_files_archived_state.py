from typing import Literal

SearchFilesArchivedState = Literal["all", "archived", "not_archived"]

SEARCH_FILES_ARCHIVED_STATE_VALUES: set[SearchFilesArchivedState] = {
    "all",
    "archived",
    "not_archived",
}


def check_search_files_archived_state(value: str) -> SearchFilesArchivedState:
    if value in SEARCH_FILES_ARCHIVED_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_FILES_ARCHIVED_STATE_VALUES!r}")
