"""DocumentSettings: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_document_settings,
)


class DocumentSettingsResource(Resource):
    """DocumentSettings operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_document_settings)
