"""POST /2.0/title/{title_id} (updateTitle): Edit a title"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.title import Title
from ...models.title_create import TitleCreate
from ...types import UNSET, Unset


def _get_kwargs(
    title_id: int,
    *,
    body: TitleCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/title/{title_id}".format(
            title_id=quote(str(title_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, TitleCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Title:
    response_200 = Title.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateTitle",
    {
        200: ("json", _parse_200),
    },
)
