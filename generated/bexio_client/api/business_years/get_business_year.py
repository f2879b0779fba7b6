"""GET /3.0/accounting/business_years/{business_year_id} (getBusinessYear): Fetch a business year"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.business_year import BusinessYear


def _get_kwargs(
    business_year_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/accounting/business_years/{business_year_id}".format(
            business_year_id=quote(str(business_year_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> BusinessYear:
    response_200 = BusinessYear.from_dict(data)

    return response_200


OPERATION = Operation(
    "getBusinessYear",
    {
        200: ("json", _parse_200),
    },
)
