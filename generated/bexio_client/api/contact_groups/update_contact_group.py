"""POST /2.0/contact_group/{contact_group_id} (updateContactGroup): Edit a contact group"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.contact_group import ContactGroup
from ...models.contact_group_create import ContactGroupCreate
from ...types import UNSET, Unset


def _get_kwargs(
    contact_group_id: int,
    *,
    body: ContactGroupCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact_group/{contact_group_id}".format(
            contact_group_id=quote(str(contact_group_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, ContactGroupCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> ContactGroup:
    response_200 = ContactGroup.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateContactGroup",
    {
        200: ("json", _parse_200),
    },
)
