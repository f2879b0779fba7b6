"""Notes: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_note,
    delete_note,
    get_note,
    list_notes,
    search_notes,
    update_note,
)


class NotesResource(Resource):
    """Notes operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_notes)
    create = Operation(create_note)
    search = Operation(search_notes)
    get = Operation(get_note)
    update = Operation(update_note)
    delete = Operation(delete_note)
