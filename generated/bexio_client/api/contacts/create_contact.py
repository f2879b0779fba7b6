"""POST /2.0/contact (createContact): Create contact"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.contact import Contact
from ...models.contact_create import ContactCreate


def _get_kwargs(
    *,
    body: ContactCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact",
    }

    body = as_model(body, ContactCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Contact:
    response_201 = Contact.from_dict(data)

    return response_201


OPERATION = Operation(
    "createContact",
    {
        201: ("json", _parse_201),
    },
)
