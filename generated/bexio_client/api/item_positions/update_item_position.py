"""POST /2.0/{kb_document_type}/{document_id}/kb_position_article/{position_id} (updateItemPosition): Edit an item position"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.item_position_edit import ItemPositionEdit
from ...models.kb_document_type import KbDocumentType
from ...models.kb_position_article import KbPositionArticle
from ...types import UNSET, Unset


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    position_id: int,
    *,
    body: ItemPositionEdit | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_article/{position_id}".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
            position_id=quote(str(position_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, ItemPositionEdit)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> KbPositionArticle:
    response_200 = KbPositionArticle.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateItemPosition",
    {
        200: ("json", _parse_200),
    },
)
