"""Countries, notes, tasks, units and fictional users."""

from .crud import CRUD_WITHOUT_SEARCH, family

RESOURCES = [
    family("country", "Country", "Countries", id_param="country_id"),
    family("note", "Note", "Notes", id_param="note_id"),
    family("task", "Task", "Tasks", id_param="task_id"),
    family("unit", "Unit", "Units", id_param="unit_id"),
    family("fictional_user", "FictionalUser", "FictionalUsers", CRUD_WITHOUT_SEARCH, id_param="fictional_user_id"),
]
