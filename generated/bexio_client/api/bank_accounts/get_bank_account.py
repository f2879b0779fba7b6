"""GET /3.0/banking/accounts/{bank_account_id} (getBankAccount): Fetch a single bank account"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.bank_account import BankAccount


def _get_kwargs(
    bank_account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/banking/accounts/{bank_account_id}".format(
            bank_account_id=quote(str(bank_account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> BankAccount:
    response_200 = BankAccount.from_dict(data)

    return response_200


OPERATION = Operation(
    "getBankAccount",
    {
        200: ("json", _parse_200),
    },
)
