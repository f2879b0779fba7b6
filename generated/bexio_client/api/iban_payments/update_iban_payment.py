"""PATCH /3.0/banking/bank_accounts/{bank_account_id}/iban_payments/{payment_id} (updateIbanPayment): Update IBAN payment"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.bank_payment import BankPayment
from ...models.iban_payment_edit import IbanPaymentEdit


def _get_kwargs(
    bank_account_id: int,
    payment_id: int | str,
    *,
    body: IbanPaymentEdit | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/3.0/banking/bank_accounts/{bank_account_id}/iban_payments/{payment_id}".format(
            bank_account_id=quote(str(bank_account_id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    body = as_model(body, IbanPaymentEdit)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> BankPayment:
    response_200 = BankPayment.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateIbanPayment",
    {
        200: ("json", _parse_200),
    },
    deprecated='This action updates an existing payment for the selected bank account. Please note that a payment can only be edited, when the status is "open".',
)
