"""BankAccounts: the operations of this section of the reference."""

from ..._resource import Operation, Resource
from . import (
    get_bank_account,
    list_bank_accounts,
)


class BankAccountsResource(Resource):
    """BankAccounts operations: call them for the parsed result, `.detailed()` for the response."""

    list = Operation(list_bank_accounts)
    get = Operation(get_bank_account)
