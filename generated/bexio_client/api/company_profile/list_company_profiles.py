"""GET /2.0/company_profile (listCompanyProfiles): Fetch a list of company profiles"""

from typing import Any

from ..._resource import Operation
from ...models.company_profile import CompanyProfile


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/company_profile",
    }

    return _kwargs


def _parse_200(data: Any) -> list[CompanyProfile]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = CompanyProfile.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listCompanyProfiles",
    {
        200: ("json", _parse_200),
    },
)
