"""POST /3.0/banking/payments/{payment_id}/cancel (cancelBankPayment): Cancel a payment"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.bank_payment import BankPayment


def _get_kwargs(
    payment_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/banking/payments/{payment_id}/cancel".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> BankPayment:
    response_200 = BankPayment.from_dict(data)

    return response_200


OPERATION = Operation(
    "cancelBankPayment",
    {
        200: ("json", _parse_200),
    },
    deprecated='This action cancels an existing payment. Please note that a payment can only be cancelled when the status is "downloaded", "transferred" or "error".',
)
