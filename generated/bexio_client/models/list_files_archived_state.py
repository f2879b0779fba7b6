from typing import Literal

ListFilesArchivedState = Literal["all", "archived", "not_archived"]

LIST_FILES_ARCHIVED_STATE_VALUES: set[ListFilesArchivedState] = {
    "all",
    "archived",
    "not_archived",
}


def check_list_files_archived_state(value: str) -> ListFilesArchivedState:
    if value in LIST_FILES_ARCHIVED_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FILES_ARCHIVED_STATE_VALUES!r}")
