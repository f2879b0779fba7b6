"""GET /4.0/banking/payments (listPayments): Fetch a list of all payments"""

from typing import Any

from ..._resource import Operation
from ...models.payment_view import PaymentView
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    filter_by: str | Unset = UNSET,
    page: int | Unset = 0,
    per_page: int | Unset = 500,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter-by"] = filter_by

    params["page"] = page

    params["per-page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/banking/payments",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[PaymentView]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = PaymentView.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listPayments",
    {
        200: ("json", _parse_200),
    },
)
