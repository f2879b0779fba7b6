"""POST /2.0/{kb_document_type}/{document_id}/kb_position_text/{position_id} (updateTextPosition): Edit a text position"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.kb_document_type import KbDocumentType
from ...models.kb_position_text import KbPositionText
from ...models.text_position_create import TextPositionCreate
from ...types import UNSET, Unset


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    position_id: int,
    *,
    body: TextPositionCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_text/{position_id}".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
            position_id=quote(str(position_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        body = as_model(body, TextPositionCreate)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> KbPositionText:
    response_200 = KbPositionText.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateTextPosition",
    {
        200: ("json", _parse_200),
    },
)
