"""POST /3.0/files/search (searchFiles): Search files"""

from collections.abc import Mapping, Sequence
from typing import Any

from ..._resource import Operation, as_model
from ...models.file import File
from ...models.file_search_criterion import FileSearchCriterion
from ...models.search_files_archived_state import SearchFilesArchivedState
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: Sequence[FileSearchCriterion | Mapping[str, Any]],
    archived_state: SearchFilesArchivedState | Unset = UNSET,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_archived_state: str | Unset = UNSET
    if not isinstance(archived_state, Unset):
        json_archived_state = archived_state

    params["archived_state"] = json_archived_state

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/files/search",
        "params": params,
    }

    body = [as_model(item, FileSearchCriterion) for item in body]
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> list[File]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = File.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "searchFiles",
    {
        200: ("json", _parse_200),
    },
)
