"""GET /2.0/contact/{contact_id}/additional_address/{additional_address_id} (getAdditionalAddress): Fetch an additional address"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.additional_address import AdditionalAddress


def _get_kwargs(
    contact_id: int,
    additional_address_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/contact/{contact_id}/additional_address/{additional_address_id}".format(
            contact_id=quote(str(contact_id), safe=""),
            additional_address_id=quote(str(additional_address_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> AdditionalAddress:
    response_200 = AdditionalAddress.from_dict(data)

    return response_200


OPERATION = Operation(
    "getAdditionalAddress",
    {
        200: ("json", _parse_200),
    },
)
