"""Comments: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    create_comment,
    get_comment,
    list_comments,
)


class CommentsResource(Resource):
    """Comments operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_comments)
    create = Operation(create_comment)
    get = Operation(get_comment)
