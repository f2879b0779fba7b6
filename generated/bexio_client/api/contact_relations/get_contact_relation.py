"""GET /2.0/contact_relation/{contact_relation_id} (getContactRelation): Fetch a contact relation"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.contact_relation import ContactRelation


def _get_kwargs(
    contact_relation_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/contact_relation/{contact_relation_id}".format(
            contact_relation_id=quote(str(contact_relation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> ContactRelation:
    response_200 = ContactRelation.from_dict(data)

    return response_200


OPERATION = Operation(
    "getContactRelation",
    {
        200: ("json", _parse_200),
    },
)
