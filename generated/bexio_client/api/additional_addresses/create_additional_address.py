"""POST /2.0/contact/{contact_id}/additional_address (createAdditionalAddress): Create additional address"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.additional_address import AdditionalAddress
from ...models.additional_address_create import AdditionalAddressCreate


def _get_kwargs(
    contact_id: int,
    *,
    body: AdditionalAddressCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact/{contact_id}/additional_address".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    body = as_model(body, AdditionalAddressCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> AdditionalAddress:
    response_201 = AdditionalAddress.from_dict(data)

    return response_201


OPERATION = Operation(
    "createAdditionalAddress",
    {
        201: ("json", _parse_201),
    },
)
