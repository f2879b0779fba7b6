"""POST /2.0/contact_group (createContactGroup): Create contact group"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.contact_group import ContactGroup
from ...models.contact_group_create import ContactGroupCreate


def _get_kwargs(
    *,
    body: ContactGroupCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact_group",
    }

    body = as_model(body, ContactGroupCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> ContactGroup:
    response_201 = ContactGroup.from_dict(data)

    return response_201


OPERATION = Operation(
    "createContactGroup",
    {
        201: ("json", _parse_201),
    },
)
