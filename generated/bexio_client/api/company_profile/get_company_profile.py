"""GET /2.0/company_profile/{profile_id} (getCompanyProfile): Show company profile"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.company_profile import CompanyProfile


def _get_kwargs(
    profile_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/company_profile/{profile_id}".format(
            profile_id=quote(str(profile_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> CompanyProfile:
    response_200 = CompanyProfile.from_dict(data)

    return response_200


OPERATION = Operation(
    "getCompanyProfile",
    {
        200: ("json", _parse_200),
    },
)
