"""POST /2.0/{kb_document_type}/{document_id}/comment (createComment): Create a comment"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.comment import Comment
from ...models.comment_create import CommentCreate
from ...models.kb_document_type import KbDocumentType


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    body: CommentCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/{kb_document_type}/{document_id}/comment".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    body = as_model(body, CommentCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Comment:
    response_201 = Comment.from_dict(data)

    return response_201


OPERATION = Operation(
    "createComment",
    {
        201: ("json", _parse_201),
    },
)
