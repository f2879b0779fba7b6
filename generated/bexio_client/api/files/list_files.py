"""GET /3.0/files (listFiles): Fetch a list of files"""

from typing import Any

from ..._resource import Operation
from ...models.file import File
from ...models.list_files_archived_state import ListFilesArchivedState
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    archived_state: ListFilesArchivedState | Unset = UNSET,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_archived_state: str | Unset = UNSET
    if not isinstance(archived_state, Unset):
        json_archived_state = archived_state

    params["archived_state"] = json_archived_state

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/files",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[File]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = File.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listFiles",
    {
        200: ("json", _parse_200),
    },
)
