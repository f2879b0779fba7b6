"""GET /2.0/contact/{contact_id} (getContact): Fetch a contact"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.contact import Contact
from ...types import UNSET, Unset


def _get_kwargs(
    contact_id: int,
    *,
    show_archived: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["show_archived"] = show_archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/contact/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> Contact:
    response_200 = Contact.from_dict(data)

    return response_200


OPERATION = Operation(
    "getContact",
    {
        200: ("json", _parse_200),
    },
)
