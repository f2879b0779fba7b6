"""GET /3.0/accounting/vat_periods/{vat_period_id} (getVatPeriod): Fetch a vat period"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.vat_period import VatPeriod


def _get_kwargs(
    vat_period_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/accounting/vat_periods/{vat_period_id}".format(
            vat_period_id=quote(str(vat_period_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> VatPeriod:
    response_200 = VatPeriod.from_dict(data)

    return response_200


OPERATION = Operation(
    "getVatPeriod",
    {
        200: ("json", _parse_200),
    },
)
