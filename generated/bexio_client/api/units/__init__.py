"""Units: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_unit,
    delete_unit,
    get_unit,
    list_units,
    search_units,
    update_unit,
)


class UnitsResource(Resource):
    """Units operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_units)
    create = Operation(create_unit)
    search = Operation(search_units)
    get = Operation(get_unit)
    update = Operation(update_unit)
    delete = Operation(delete_unit)
