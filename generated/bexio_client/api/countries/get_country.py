"""GET /2.0/country/{country_id} (getCountry): Fetch a country"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.country import Country


def _get_kwargs(
    country_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/country/{country_id}".format(
            country_id=quote(str(country_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Country:
    response_200 = Country.from_dict(data)

    return response_200


OPERATION = Operation(
    "getCountry",
    {
        200: ("json", _parse_200),
    },
)
