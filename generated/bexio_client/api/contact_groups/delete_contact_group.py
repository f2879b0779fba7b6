"""DELETE /2.0/contact_group/{contact_group_id} (deleteContactGroup): Delete a contact group"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    contact_group_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2.0/contact_group/{contact_group_id}".format(
            contact_group_id=quote(str(contact_group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deleteContactGroup",
    {
        200: ("json", _parse_200),
    },
)
