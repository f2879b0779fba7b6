"""Accounts: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    list_accounts,
    search_accounts,
)


class AccountsResource(Resource):
    """Accounts operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_accounts)
    search = Operation(search_accounts)
