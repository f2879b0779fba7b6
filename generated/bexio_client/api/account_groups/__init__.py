"""AccountGroups: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_account_groups,
)


class AccountGroupsResource(Resource):
    """AccountGroups operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_account_groups)
