"""PATCH /2.0/contact/{contact_id}/restore (restoreContact): Restore a contact"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.success import Success


def _get_kwargs(
    contact_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/2.0/contact/{contact_id}/restore".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "restoreContact",
    {
        200: ("json", _parse_200),
    },
)
