"""DELETE /2.0/contact/{contact_id}/additional_address/{additional_address_id} (deleteAdditionalAddress): Delete an additional address"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    contact_id: int,
    additional_address_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2.0/contact/{contact_id}/additional_address/{additional_address_id}".format(
            contact_id=quote(str(contact_id), safe=""),
            additional_address_id=quote(str(additional_address_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteAdditionalAddress",
    {
        200: ("json", _parse_200),
    },
)
