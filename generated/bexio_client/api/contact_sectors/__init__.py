"""ContactSectors: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_contact_sectors,
    search_contact_sectors,
)


class ContactSectorsResource(Resource):
    """ContactSectors operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_contact_sectors)
    search = Operation(search_contact_sectors)
