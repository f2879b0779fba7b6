"""POST /2.0/country/{country_id} (updateCountry): Edit a country"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.country import Country
from ...models.country_create import CountryCreate
from ...types import UNSET, Unset


def _get_kwargs(
    country_id: int,
    *,
    body: CountryCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/country/{country_id}".format(
            country_id=quote(str(country_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, CountryCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Country:
    response_200 = Country.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateCountry",
    {
        200: ("json", _parse_200),
    },
)
