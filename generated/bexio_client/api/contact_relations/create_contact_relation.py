"""POST /2.0/contact_relation (createContactRelation): Create contact relation"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.contact_relation import ContactRelation
from ...models.contact_relation_create import ContactRelationCreate


def _get_kwargs(
    *,
    body: ContactRelationCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact_relation",
    }

    body = as_model(body, ContactRelationCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> ContactRelation:
    response_201 = ContactRelation.from_dict(data)

    return response_201


OPERATION = Operation(
    "createContactRelation",
    {
        201: ("json", _parse_201),
    },
)
