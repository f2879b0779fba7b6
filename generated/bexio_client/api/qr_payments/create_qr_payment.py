"""POST /3.0/banking/bank_accounts/{bank_account_id}/qr_payments (createQrPayment): Create QR payment"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.bank_payment import BankPayment
from ...models.qr_payment_create import QrPaymentCreate


def _get_kwargs(
    bank_account_id: int,
    *,
    body: QrPaymentCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/banking/bank_accounts/{bank_account_id}/qr_payments".format(
            bank_account_id=quote(str(bank_account_id), safe=""),
        ),
    }

    body = as_model(body, QrPaymentCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> BankPayment:
    response_201 = BankPayment.from_dict(data)

    return response_201


OPERATION = Operation(
    "createQrPayment",
    {
        201: ("json", _parse_201),
    },
    deprecated="This action creates a new payment for the selected bank account",
)
