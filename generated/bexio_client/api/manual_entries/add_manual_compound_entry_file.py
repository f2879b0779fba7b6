from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.manual_entry_file import ManualEntryFile
from ...models.manual_entry_file_upload import ManualEntryFileUpload
from ...types import Response


def _get_kwargs(
    manual_entry_id: int,
    *,
    body: ManualEntryFileUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/3.0/accounting/manual_entries/{manual_entry_id}/files".format(
            manual_entry_id=quote(str(manual_entry_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ManualEntryFile] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = ManualEntryFile.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

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

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

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
) -> Response[Error | list[ManualEntryFile]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    manual_entry_id: int,
    *,
    client: AuthenticatedClient,
    body: ManualEntryFileUpload,
) -> Response[Error | list[ManualEntryFile]]:
    """Add file to manual compound entry

     This action uploads one or multiple files and attaches the files to an existing manual compound
    entry

    Please note that you must set the content-type to multipart/form-data. You can upload multiple files
    with one request by providing different identifiers (e.g. fileName1 and fileName2)

    Args:
        manual_entry_id (int):
        body (ManualEntryFileUpload): The files to upload (multipart/form-data), one per part:
            `fileName` and, for multiple files, further parts of different names (e.g. fileName1 and
            fileName2). The same part name can only be used once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ManualEntryFile]]
    """

    kwargs = _get_kwargs(
        manual_entry_id=manual_entry_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    manual_entry_id: int,
    *,
    client: AuthenticatedClient,
    body: ManualEntryFileUpload,
) -> Error | list[ManualEntryFile] | None:
    """Add file to manual compound entry

     This action uploads one or multiple files and attaches the files to an existing manual compound
    entry

    Please note that you must set the content-type to multipart/form-data. You can upload multiple files
    with one request by providing different identifiers (e.g. fileName1 and fileName2)

    Args:
        manual_entry_id (int):
        body (ManualEntryFileUpload): The files to upload (multipart/form-data), one per part:
            `fileName` and, for multiple files, further parts of different names (e.g. fileName1 and
            fileName2). The same part name can only be used once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ManualEntryFile]
    """

    return sync_detailed(
        manual_entry_id=manual_entry_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    manual_entry_id: int,
    *,
    client: AuthenticatedClient,
    body: ManualEntryFileUpload,
) -> Response[Error | list[ManualEntryFile]]:
    """Add file to manual compound entry

     This action uploads one or multiple files and attaches the files to an existing manual compound
    entry

    Please note that you must set the content-type to multipart/form-data. You can upload multiple files
    with one request by providing different identifiers (e.g. fileName1 and fileName2)

    Args:
        manual_entry_id (int):
        body (ManualEntryFileUpload): The files to upload (multipart/form-data), one per part:
            `fileName` and, for multiple files, further parts of different names (e.g. fileName1 and
            fileName2). The same part name can only be used once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ManualEntryFile]]
    """

    kwargs = _get_kwargs(
        manual_entry_id=manual_entry_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    manual_entry_id: int,
    *,
    client: AuthenticatedClient,
    body: ManualEntryFileUpload,
) -> Error | list[ManualEntryFile] | None:
    """Add file to manual compound entry

     This action uploads one or multiple files and attaches the files to an existing manual compound
    entry

    Please note that you must set the content-type to multipart/form-data. You can upload multiple files
    with one request by providing different identifiers (e.g. fileName1 and fileName2)

    Args:
        manual_entry_id (int):
        body (ManualEntryFileUpload): The files to upload (multipart/form-data), one per part:
            `fileName` and, for multiple files, further parts of different names (e.g. fileName1 and
            fileName2). The same part name can only be used once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ManualEntryFile]
    """

    return (
        await asyncio_detailed(
            manual_entry_id=manual_entry_id,
            client=client,
            body=body,
        )
    ).parsed
