"""POST /2.0/{kb_document_type}/{document_id}/kb_position_pagebreak (createPagebreakPosition): Create a pagebreak position"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.kb_document_type import KbDocumentType
from ...models.kb_position_pagebreak import KbPositionPagebreak
from ...models.pagebreak_position_create import PagebreakPositionCreate


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    body: PagebreakPositionCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_pagebreak".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    body = as_model(body, PagebreakPositionCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> KbPositionPagebreak:
    response_201 = KbPositionPagebreak.from_dict(data)

    return response_201


OPERATION = Operation(
    "createPagebreakPosition",
    {
        201: ("json", _parse_201),
    },
)
