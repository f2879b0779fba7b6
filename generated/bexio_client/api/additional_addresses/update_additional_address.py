"""POST /2.0/contact/{contact_id}/additional_address/{additional_address_id} (updateAdditionalAddress): Edit an additional address"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.additional_address import AdditionalAddress
from ...models.additional_address_create import AdditionalAddressCreate
from ...types import UNSET, Unset


def _get_kwargs(
    contact_id: int,
    additional_address_id: int,
    *,
    body: AdditionalAddressCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact/{contact_id}/additional_address/{additional_address_id}".format(
            contact_id=quote(str(contact_id), safe=""),
            additional_address_id=quote(str(additional_address_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, AdditionalAddressCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> AdditionalAddress:
    response_200 = AdditionalAddress.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateAdditionalAddress",
    {
        200: ("json", _parse_200),
    },
)
