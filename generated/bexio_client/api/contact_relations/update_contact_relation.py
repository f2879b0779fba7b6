"""POST /2.0/contact_relation/{contact_relation_id} (updateContactRelation): Edit a contact relation"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.contact_relation import ContactRelation
from ...models.contact_relation_create import ContactRelationCreate
from ...types import UNSET, Unset


def _get_kwargs(
    contact_relation_id: int,
    *,
    body: ContactRelationCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact_relation/{contact_relation_id}".format(
            contact_relation_id=quote(str(contact_relation_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, ContactRelationCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> ContactRelation:
    response_200 = ContactRelation.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateContactRelation",
    {
        200: ("json", _parse_200),
    },
)
