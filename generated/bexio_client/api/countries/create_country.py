"""POST /2.0/country (createCountry): Create country"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.country import Country
from ...models.country_create import CountryCreate


def _get_kwargs(
    *,
    body: CountryCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/country",
    }

    body = as_model(body, CountryCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Country:
    response_201 = Country.from_dict(data)

    return response_201


OPERATION = Operation(
    "createCountry",
    {
        201: ("json", _parse_201),
    },
)
