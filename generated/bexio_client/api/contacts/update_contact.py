"""POST /2.0/contact/{contact_id} (updateContact): Edit a contact"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...types import UNSET, Unset


def _get_kwargs(
    contact_id: int,
    *,
    body: ContactCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, ContactCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Contact:
    response_200 = Contact.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateContact",
    {
        200: ("json", _parse_200),
    },
)
