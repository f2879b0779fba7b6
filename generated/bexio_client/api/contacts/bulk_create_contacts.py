"""POST /2.0/contact/_bulk_create (bulkCreateContacts): Bulk create contacts"""

from collections.abc import Mapping, Sequence
from typing import Any

from ..._resource import Operation, as_model
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: Sequence[ContactCreate | Mapping[str, Any]] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/contact/_bulk_create",
    }

    if not isinstance(body, Unset):
        body = [as_model(item, ContactCreate) for item in body]

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> list[Contact]:
    response_201 = []
    _response_201 = data
    for response_201_item_data in _response_201:
        response_201_item = Contact.from_dict(response_201_item_data)

        response_201.append(response_201_item)

    return response_201


OPERATION = Operation(
    "bulkCreateContacts",
    {
        201: ("json", _parse_201),
    },
)
