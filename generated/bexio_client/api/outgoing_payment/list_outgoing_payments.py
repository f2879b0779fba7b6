"""GET /4.0/purchase/outgoing-payments (listOutgoingPayments): Retrieve Outgoing Payments"""

from typing import Any
from uuid import UUID

from ..._resource import Operation
from ...models.list_outgoing_payments_order import ListOutgoingPaymentsOrder
from ...models.outgoing_payment_page import OutgoingPaymentPage
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    bill_id: UUID,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: ListOutgoingPaymentsOrder | Unset = "asc",
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_bill_id = str(bill_id)
    params["bill_id"] = json_bill_id

    params["limit"] = limit

    params["page"] = page

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/purchase/outgoing-payments",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> OutgoingPaymentPage:
    response_200 = OutgoingPaymentPage.from_dict(data)

    return response_200


OPERATION = Operation(
    "listOutgoingPayments",
    {
        200: ("json", _parse_200),
    },
)
