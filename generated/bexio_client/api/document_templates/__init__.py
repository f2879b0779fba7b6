"""DocumentTemplates: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_document_templates,
)


class DocumentTemplatesResource(Resource):
    """DocumentTemplates operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_document_templates)
