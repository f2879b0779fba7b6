"""Titles: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_title,
    delete_title,
    get_title,
    list_titles,
    search_titles,
    update_title,
)


class TitlesResource(Resource):
    """Titles operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_titles)
    create = Operation(create_title)
    search = Operation(search_titles)
    get = Operation(get_title)
    update = Operation(update_title)
    delete = Operation(delete_title)
