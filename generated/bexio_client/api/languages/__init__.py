"""Languages: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_languages,
    search_languages,
)


class LanguagesResource(Resource):
    """Languages operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_languages)
    search = Operation(search_languages)
