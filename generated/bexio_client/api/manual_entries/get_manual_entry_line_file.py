from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.manual_entry_file import ManualEntryFile
from ...types import Response


def _get_kwargs(
    manual_entry_id: int,
    entry_id: int,
    file_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/accounting/manual_entries/{manual_entry_id}/entries/{entry_id}/files/{file_id}".format(
            manual_entry_id=quote(str(manual_entry_id), safe=""),
            entry_id=quote(str(entry_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ManualEntryFile | None:
    if response.status_code == 200:
        response_200 = ManualEntryFile.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ManualEntryFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    manual_entry_id: int,
    entry_id: int,
    file_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ManualEntryFile]:
    """Fetch file of manual entry line

     This action fetches a file associated to a specific manual entry line (only for entry types
    manual_single_entry and manual_group_entry)

    Args:
        manual_entry_id (int):
        entry_id (int):
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ManualEntryFile]
    """

    kwargs = _get_kwargs(
        manual_entry_id=manual_entry_id,
        entry_id=entry_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    manual_entry_id: int,
    entry_id: int,
    file_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | ManualEntryFile | None:
    """Fetch file of manual entry line

     This action fetches a file associated to a specific manual entry line (only for entry types
    manual_single_entry and manual_group_entry)

    Args:
        manual_entry_id (int):
        entry_id (int):
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ManualEntryFile
    """

    return sync_detailed(
        manual_entry_id=manual_entry_id,
        entry_id=entry_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    manual_entry_id: int,
    entry_id: int,
    file_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ManualEntryFile]:
    """Fetch file of manual entry line

     This action fetches a file associated to a specific manual entry line (only for entry types
    manual_single_entry and manual_group_entry)

    Args:
        manual_entry_id (int):
        entry_id (int):
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ManualEntryFile]
    """

    kwargs = _get_kwargs(
        manual_entry_id=manual_entry_id,
        entry_id=entry_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    manual_entry_id: int,
    entry_id: int,
    file_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | ManualEntryFile | None:
    """Fetch file of manual entry line

     This action fetches a file associated to a specific manual entry line (only for entry types
    manual_single_entry and manual_group_entry)

    Args:
        manual_entry_id (int):
        entry_id (int):
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ManualEntryFile
    """

    return (
        await asyncio_detailed(
            manual_entry_id=manual_entry_id,
            entry_id=entry_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
