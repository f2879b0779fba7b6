"""Absences: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_absence,
    delete_absence,
    get_absence,
    list_absences,
    update_absence,
)


class AbsencesResource(Resource):
    """Absences operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_absences)
    create = Operation(create_absence)
    get = Operation(get_absence)
    update = Operation(update_absence)
    delete = Operation(delete_absence)
