"""Reports: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_journal,
)


class ReportsResource(Resource):
    """Reports operations: call them for the parsed result, `.detailed()` for the response."""

    list_journal = Operation(list_journal)
