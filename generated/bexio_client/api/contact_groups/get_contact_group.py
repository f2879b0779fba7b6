"""GET /2.0/contact_group/{contact_group_id} (getContactGroup): Fetch a contact group"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.contact_group import ContactGroup


def _get_kwargs(
    contact_group_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/contact_group/{contact_group_id}".format(
            contact_group_id=quote(str(contact_group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> ContactGroup:
    response_200 = ContactGroup.from_dict(data)

    return response_200


OPERATION = Operation(
    "getContactGroup",
    {
        200: ("json", _parse_200),
    },
)
