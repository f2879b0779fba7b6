"""CommunicationTypes: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_communication_types,
    search_communication_types,
)


class CommunicationTypesResource(Resource):
    """CommunicationTypes operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_communication_types)
    search = Operation(search_communication_types)
