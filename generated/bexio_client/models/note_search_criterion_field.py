from typing import Literal

NoteSearchCriterionField = Literal["contact_id", "entry_id", "event_start", "module_id", "subject", "user_id"]

NOTE_SEARCH_CRITERION_FIELD_VALUES: set[NoteSearchCriterionField] = {
    "contact_id",
    "entry_id",
    "event_start",
    "module_id",
    "subject",
    "user_id",
}


def check_note_search_criterion_field(value: str) -> NoteSearchCriterionField:
    if value in NOTE_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTE_SEARCH_CRITERION_FIELD_VALUES!r}")
