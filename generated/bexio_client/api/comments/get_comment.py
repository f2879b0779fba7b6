"""GET /2.0/{kb_document_type}/{document_id}/comment/{comment_id} (getComment): Fetch a comment"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.comment import Comment
from ...models.kb_document_type import KbDocumentType


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    comment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/{kb_document_type}/{document_id}/comment/{comment_id}".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
            comment_id=quote(str(comment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Comment:
    response_200 = Comment.from_dict(data)

    return response_200


OPERATION = Operation(
    "getComment",
    {
        200: ("json", _parse_200),
    },
)
