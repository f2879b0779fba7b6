"""GET /3.0/banking/bank_accounts/{bank_account_id}/iban_payments/{payment_id} (getIbanPayment): Get IBAN payment"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.bank_payment import BankPayment


def _get_kwargs(
    bank_account_id: int,
    payment_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/banking/bank_accounts/{bank_account_id}/iban_payments/{payment_id}".format(
            bank_account_id=quote(str(bank_account_id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> BankPayment:
    response_200 = BankPayment.from_dict(data)

    return response_200


OPERATION = Operation(
    "getIbanPayment",
    {
        200: ("json", _parse_200),
    },
    deprecated="This action fetches an IBAN payment which is associated to the specified bank account",
)
